package org.gdprretention.platform.rest.model;

/**
 * The outcome of checking the audit log: {@code intact}, how many entries were {@code checked}, and when not intact
 * the sequence number of the {@code firstBrokenEntry}, the {@code outcome} (BROKEN, TAIL_CUT, UNCONFIRMED) and an
 * {@code explanation}.
 */
public class AuditVerificationEntry {

    private final boolean intact;
    private final long checked;
    private final Long firstBrokenEntry;
    private final String outcome;
    private final String explanation;

    public AuditVerificationEntry(boolean intact, long checked, Long firstBrokenEntry, String outcome,
            String explanation) {
        this.intact = intact;
        this.checked = checked;
        this.firstBrokenEntry = firstBrokenEntry;
        this.outcome = outcome;
        this.explanation = explanation;
    }

    public boolean isIntact() {
        return intact;
    }

    public long getChecked() {
        return checked;
    }

    public Long getFirstBrokenEntry() {
        return firstBrokenEntry;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getExplanation() {
        return explanation;
    }
}
