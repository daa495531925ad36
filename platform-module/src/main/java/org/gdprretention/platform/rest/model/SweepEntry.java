package org.gdprretention.platform.rest.model;

import java.util.List;

/**
 * A retroactive sweep as {@code /sweeps} shows it: {@code {"id","running","progress":{"phase","processed","total",
 * "bytes"},"lastResult":{...}}}. {@code progress} is present while it runs ({@code total} absent while the counting
 * pass has not finished), {@code lastResult} once it has run.
 */
public class SweepEntry {

    private final String id;
    private final boolean running;
    private final Progress progress;
    private final LastResult lastResult;

    public SweepEntry(String id, boolean running, Progress progress, LastResult lastResult) {
        this.id = id;
        this.running = running;
        this.progress = progress;
        this.lastResult = lastResult;
    }

    public String getId() {
        return id;
    }

    public boolean isRunning() {
        return running;
    }

    public Progress getProgress() {
        return progress;
    }

    public LastResult getLastResult() {
        return lastResult;
    }

    /** How far a running sweep is. */
    public record Progress(String phase, long processed, Long total, long bytes, String startedAt, boolean dryRun,
                           String startedBy) {
    }

    /** What the last finished run found and did; moments as ISO-8601 instants. */
    public record LastResult(String startedAt, String finishedAt, boolean dryRun, long count, long bytes, long removed,
                             long removedBytes, boolean complete, List<String> problems) {
    }
}
