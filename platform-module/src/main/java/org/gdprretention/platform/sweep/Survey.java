package org.gdprretention.platform.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * What a sweep's counting pass found, before anything is removed.
 *
 * @param target         what is swept: a store, a directory
 * @param lookedAt       items looked at (files, trashcan items, orphaned URLs): what the brake's fraction is of
 * @param candidates     items that qualify for removal
 * @param candidateBytes their size, where known
 * @param kept           items looked at and kept on purpose
 * @param complete       true when the whole source was read
 * @param problems       what an administrator should know
 * @param blockers       reasons nothing may be removed (a store that does not look like this repository's, a
 *                       target that cannot be swept); empty when removing may go ahead
 */
record Survey(String target, long lookedAt, long candidates, long candidateBytes, long kept, boolean complete,
              List<String> problems, List<String> blockers) {

    Survey {
        problems = List.copyOf(problems);
        blockers = List.copyOf(blockers);
    }

    /** A target that cannot be swept at all. */
    static Survey impossible(String target, String reason) {
        return new Survey(target, 0, 0, 0, 0, false, List.of(), List.of(reason));
    }

    Survey withBlocker(String reason) {
        List<String> more = new ArrayList<>(blockers);
        more.add(reason);
        return new Survey(target, lookedAt, candidates, candidateBytes, kept, complete, problems, more);
    }

    /** The share of what was looked at that would go: the brake's measure. */
    double fraction() {
        return lookedAt == 0 ? 0 : (double) candidates / lookedAt;
    }
}
