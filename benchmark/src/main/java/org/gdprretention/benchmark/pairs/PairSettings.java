package org.gdprretention.benchmark.pairs;

/**
 * How long the interleaved measurement warms up and how many pairs it measures.
 *
 * @param warmupSeconds both passes run alternately this long first, so the JIT has compiled both before any pair
 * @param pairs         the number of measured pairs
 * @param halfMillis    roughly how long each half of a pair runs (whole passes, at least one)
 */
public record PairSettings(int warmupSeconds, int pairs, int halfMillis) {

    public static final PairSettings FULL = new PairSettings(10, 21, 500);
    public static final PairSettings QUICK = new PairSettings(2, 5, 100);

    public PairSettings {
        if (warmupSeconds < 0 || pairs < 1 || halfMillis < 1) {
            throw new IllegalArgumentException("warm-up >= 0 s, at least one pair of at least 1 ms each");
        }
    }

    /** Warm-up plus both halves of every pair. */
    public int estimatedSeconds() {
        return warmupSeconds + (int) Math.ceil(pairs * 2L * halfMillis / 1000.0);
    }

    public String describe() {
        return "interleaved pairs in this JVM: warm-up " + warmupSeconds + " s, then " + pairs
                + " pairs (engine then baseline, about " + halfMillis + " ms each), median ratio of the pairs";
    }
}
