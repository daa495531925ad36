package org.gdprretention.platform.sweep;

import java.util.List;

/**
 * What a sweep's removing pass did.
 *
 * @param removed       items removed
 * @param removedBytes  their size
 * @param keptOnSecondLook items that no longer qualified when looked at again just before removal
 * @param failed        items whose removal failed; they stay for the next run
 * @param complete      true when the pass reached the end of its source
 * @param problems      what an administrator should know
 * @param aborted       true when the pass stopped removing because of what it found (the problems say what), not
 *                      because it was asked to stop or reached its end
 */
record Removal(long removed, long removedBytes, long keptOnSecondLook, long failed, boolean complete,
               List<String> problems, boolean aborted) {

    Removal {
        problems = List.copyOf(problems);
    }

    Removal(long removed, long removedBytes, long keptOnSecondLook, long failed, boolean complete,
            List<String> problems) {
        this(removed, removedBytes, keptOnSecondLook, failed, complete, problems, false);
    }
}
