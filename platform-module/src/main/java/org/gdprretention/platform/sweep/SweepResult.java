package org.gdprretention.platform.sweep;

import java.util.List;

/**
 * What one sweep run found and did.
 *
 * @param sweep          the sweep's name
 * @param target         what was swept: a store, a directory
 * @param dryRun         true when nothing was changed
 * @param scanned        items looked at
 * @param candidates     items that qualified for removal
 * @param candidateBytes their size, where known
 * @param removed        items actually removed (always 0 in a dry run)
 * @param removedBytes   their size
 * @param kept           items looked at and kept on purpose (too young, on hold, still referenced)
 * @param failed         items whose removal failed; they stay for the next run
 * @param complete       true when the run reached the end of its source; false when stopped, refused or limited
 * @param problems       what an administrator should know (a store that is not a file store, unreadable
 *                       directories, a limit reached); empty when all went well
 */
public record SweepResult(String sweep, String target, boolean dryRun, long scanned, long candidates,
                          long candidateBytes, long removed, long removedBytes, long kept, long failed,
                          boolean complete, List<String> problems) {

    public SweepResult {
        problems = List.copyOf(problems);
    }

    /** A run that could not start, with the reason. */
    public static SweepResult refused(String sweep, String target, boolean dryRun, String problem) {
        return new SweepResult(sweep, target, dryRun, 0, 0, 0, 0, 0, 0, 0, false, List.of(problem));
    }

    /** One line for logs and job results. */
    public String summary() {
        String mode = dryRun ? "dry run" : "removal";
        return String.format("%s %s of %s: scanned %d, %s %d (%d bytes), removed %d (%d bytes), kept %d, failed %d%s%s",
                sweep, mode, target, scanned, dryRun ? "would remove" : "qualified", candidates, candidateBytes,
                removed, removedBytes, kept, failed, complete ? "" : ", INCOMPLETE",
                problems.isEmpty() ? "" : "; problems: " + String.join("; ", problems));
    }
}
