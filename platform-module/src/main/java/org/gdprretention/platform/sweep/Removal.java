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
 */
record Removal(long removed, long removedBytes, long keptOnSecondLook, long failed, boolean complete,
               List<String> problems) {

    Removal {
        problems = List.copyOf(problems);
    }
}
