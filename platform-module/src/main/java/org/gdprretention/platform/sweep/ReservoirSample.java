package org.gdprretention.platform.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Up to {@code capacity} items picked evenly from a stream of unknown length (reservoir sampling), so that a check
 * by sample looks at the whole store, not only at its oldest directories, in memory of {@code capacity} items.
 */
final class ReservoirSample {

    private final int capacity;
    private final SplittableRandom random;
    private final List<String> picked = new ArrayList<>();
    private long seen;

    /** @param seed varies from run to run in production (the run's start), fixed in tests */
    ReservoirSample(int capacity, long seed) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a sample holds at least one item");
        }
        this.capacity = capacity;
        this.random = new SplittableRandom(seed);
    }

    void offer(String item) {
        seen++;
        if (picked.size() < capacity) {
            picked.add(item);
            return;
        }
        long slot = random.nextLong(seen);
        if (slot < capacity) {
            picked.set((int) slot, item);
        }
    }

    List<String> items() {
        return List.copyOf(picked);
    }
}
