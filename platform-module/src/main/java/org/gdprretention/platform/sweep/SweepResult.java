package org.gdprretention.platform.sweep;

import java.util.List;
import java.util.Locale;

/**
 * What one sweep run found and did.
 *
 * @param sweep          the sweep's name
 * @param target         what was swept: a store, a directory
 * @param dryRun         true when nothing was changed on purpose
 * @param scanned        items looked at
 * @param candidates     items that qualified for removal
 * @param candidateBytes their size, where known
 * @param removed        items actually removed (always 0 in a dry run)
 * @param removedBytes   their size
 * @param kept           items looked at and kept on purpose (too young, on hold, still referenced)
 * @param failed         items whose removal failed; they stay for the next run
 * @param complete       true when the run reached the end of its source; false when stopped, refused or limited
 * @param problems       what an administrator should know (a store that is not a file store, unreadable
 *                       directories, a limit reached, the brake); empty when all went well
 * @param brake          whether the run met the brake on the fraction it may remove
 * @param refused        true when the run found something that forbids removing (the live store, another
 *                       repository's store, a target that cannot be swept, a deleting pass that found far more than
 *                       the counting pass) and so removed nothing, or nothing more; the problems say what
 */
public record SweepResult(String sweep, String target, boolean dryRun, long scanned, long candidates,
                          long candidateBytes, long removed, long removedBytes, long kept, long failed,
                          boolean complete, List<String> problems, Brake brake, boolean refused) {

    /** The brake on a destructive run ({@code gdpr-retention.sweep.maxFraction}). */
    public enum Brake {
        /** The run stayed within the fraction, or did not get as far as the brake. */
        NOT_REACHED,
        /** The run would have removed more than the fraction, so it removed nothing. */
        STOPPED,
        /** An administrator overrode the brake for this run, and it removed more than the fraction. */
        OVERRIDDEN
    }

    public SweepResult {
        problems = List.copyOf(problems);
    }

    public SweepResult(String sweep, String target, boolean dryRun, long scanned, long candidates,
            long candidateBytes, long removed, long removedBytes, long kept, long failed, boolean complete,
            List<String> problems, Brake brake) {
        this(sweep, target, dryRun, scanned, candidates, candidateBytes, removed, removedBytes, kept, failed,
                complete, problems, brake, false);
    }

    public SweepResult(String sweep, String target, boolean dryRun, long scanned, long candidates,
            long candidateBytes, long removed, long removedBytes, long kept, long failed, boolean complete,
            List<String> problems) {
        this(sweep, target, dryRun, scanned, candidates, candidateBytes, removed, removedBytes, kept, failed,
                complete, problems, Brake.NOT_REACHED);
    }

    /** A run that could not start, with the reason. */
    public static SweepResult refused(String sweep, String target, boolean dryRun, String problem) {
        return new SweepResult(sweep, target, dryRun, 0, 0, 0, 0, 0, 0, 0, false, List.of(problem),
                Brake.NOT_REACHED, true);
    }

    /** The share of the items looked at that qualified for removal; what the brake measures. */
    public double fraction() {
        return scanned == 0 ? 0 : (double) candidates / scanned;
    }

    /** The fraction as a percentage with one decimal, e.g. {@code 12.5%}. */
    public String fractionText() {
        return String.format(Locale.ROOT, "%.1f%%", fraction() * 100);
    }

    /** One line for logs and job results. */
    public String summary() {
        String mode = dryRun ? "dry run" : "removal";
        return String.format("%s %s of %s: scanned %d, %s %d (%d bytes, %s), removed %d (%d bytes), kept %d, failed %d"
                        + "%s%s%s",
                sweep, mode, target, scanned, dryRun ? "would remove" : "qualified", candidates, candidateBytes,
                fractionText(), removed, removedBytes, kept, failed,
                brake == Brake.NOT_REACHED ? "" : ", brake " + brake.name().toLowerCase(Locale.ROOT),
                refused ? ", REFUSED" : complete ? "" : ", INCOMPLETE",
                problems.isEmpty() ? "" : "; problems: " + String.join("; ", problems));
    }
}
