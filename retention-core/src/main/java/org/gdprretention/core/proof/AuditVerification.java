package org.gdprretention.core.proof;

/**
 * The outcome of checking an audit log.
 *
 * @param valid          true when nothing is wrong
 * @param firstBadIndex  position in the checked list of the first bad entry (equal to the list's size when
 *                       entries are missing at its end); -1 when valid
 * @param problem        what is wrong with it; {@code null} when valid
 * @param explanation    a sentence for the administrator; empty when valid
 */
public record AuditVerification(boolean valid, int firstBadIndex, AuditProblem problem, String explanation) {

    private static final AuditVerification INTACT = new AuditVerification(true, -1, null, "");

    public static AuditVerification intact() {
        return INTACT;
    }

    public static AuditVerification broken(int index, AuditProblem problem, String explanation) {
        return new AuditVerification(false, index, problem, explanation);
    }
}
