package org.gdprretention.platform.sweep;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a running sweep is, readable from another thread while it runs: first the counting pass (items looked at
 * so far, the size of what qualifies; the total is not known until the pass ends), then the removing pass (items
 * handled out of the number the counting pass found, bytes removed). The sweep's own thread writes it; any thread
 * may take a {@link #snapshot()}.
 */
public final class SweepProgress {

    /** The pass a sweep is in. */
    public enum Phase { SURVEY, REMOVE, DONE }

    /**
     * One reading.
     *
     * @param phase     the pass
     * @param processed items looked at (counting pass) or handled (removing pass) so far
     * @param total     how many items the pass will handle; null while the counting pass runs, as nobody knows yet
     * @param bytes     size of what qualifies (counting pass) or of what was removed (removing pass) so far
     */
    public record Snapshot(Phase phase, long processed, Long total, long bytes) {
    }

    private volatile Phase phase = Phase.SURVEY;
    private volatile Long total;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    /** Progress nobody reads (a scheduled run). */
    public static SweepProgress untracked() {
        return new SweepProgress();
    }

    /** The counting pass looked at {@code items} more items, of which {@code qualifyingBytes} would go. */
    public void looked(long items, long qualifyingBytes) {
        processed.addAndGet(items);
        bytes.addAndGet(qualifyingBytes);
    }

    /** The counting pass ended having looked at {@code lookedAt} items; the removing pass has not started. */
    public void surveyed(long lookedAt, long qualifyingBytes) {
        processed.set(lookedAt);
        bytes.set(qualifyingBytes);
        total = lookedAt;
    }

    /** The removing pass starts; it handles at most {@code candidates} items. */
    public void removing(long candidates) {
        processed.set(0);
        bytes.set(0);
        total = candidates;
        phase = Phase.REMOVE;
    }

    /** The removing pass handled {@code items} more items and removed {@code removedBytes}. */
    public void removed(long items, long removedBytes) {
        processed.addAndGet(items);
        bytes.addAndGet(removedBytes);
    }

    public void done() {
        phase = Phase.DONE;
    }

    public Snapshot snapshot() {
        Phase now = phase;
        return new Snapshot(now, processed.get(), total, bytes.get());
    }
}
