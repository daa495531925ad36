package org.gdprretention.platform.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How many orphans the counting pass of the content store sweep had found by each point of its walk (one point per
 * batch, so memory grows with the number of batches, not of files), to hold the deleting pass to it.
 *
 * <p>Both passes walk the store in the same URL order against the same "now", so up to any point the deleting pass
 * should find no more orphans than the counting pass did: files written meanwhile are too young, files removed
 * meanwhile are fewer. Finding notably more means the repository's answers changed between the passes (a database
 * restored or switched, the cache answering for another repository): the files it now calls orphans were the
 * repository's a moment ago. Notably: more than {@value #ABSOLUTE_EXCESS} more, or more than
 * {@value #FRACTION_EXCESS} times the count, whichever comes first; with none counted, any one more.
 */
final class OrphanCheckpoints {

    static final long ABSOLUTE_EXCESS = 100;
    static final double FRACTION_EXCESS = 0.10;

    private final List<String> lastUrls = new ArrayList<>();
    private long[] counted = new long[16];

    /** After each batch of the counting pass: its last URL and the orphans counted so far. */
    void record(String lastUrlOfBatch, long orphansSoFar) {
        if (lastUrls.size() == counted.length) {
            counted = Arrays.copyOf(counted, counted.length * 2);
        }
        counted[lastUrls.size()] = orphansSoFar;
        lastUrls.add(lastUrlOfBatch);
    }

    /**
     * The orphans the counting pass had found up to the end of its batch that reached {@code url}: at least those
     * before {@code url}, so the comparison errs towards letting the deleting pass go on only when it is sure.
     */
    long countedThrough(String url) {
        int low = 0;
        int high = lastUrls.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (lastUrls.get(middle).compareTo(url) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int index = Math.min(low, lastUrls.size() - 1);
        return index < 0 ? 0 : counted[index];
    }

    /** Whether {@code found} orphans up to a point are notably more than the {@code countedThere}. */
    static boolean notablyMore(long found, long countedThere) {
        long excess = found - countedThere;
        return excess > 0 && (excess > ABSOLUTE_EXCESS || excess > countedThere * FRACTION_EXCESS);
    }
}
