package org.gdprretention.platform.sweep;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The deleting pass of a file sweep: each file through the {@link StoreFileRemover} (a last look, then the delete
 * relative to an open directory handle), never more files than the counting pass found, and the tally of what
 * happened. Both file sweeps (content store orphans, {@code contentstore.deleted}) delete this way.
 */
final class FileRemovals {

    private final StoreFileRemover remover;
    private final long limit;
    private final SweepProgress progress;
    private final int problemLimit;
    private final List<String> problems = new ArrayList<>();
    private long looked;
    private long removed;
    private long removedBytes;
    private long changed;
    private long failed;

    /**
     * @param limit        how many files the counting pass found: no more are looked at (one that qualified since
     *                     waits for the next run, which counts it first)
     * @param problemLimit how many failures are described; the rest are only counted
     */
    FileRemovals(StoreFileRemover remover, long limit, int problemLimit, SweepProgress progress) {
        this.remover = remover;
        this.progress = progress;
        this.limit = limit;
        this.problemLimit = problemLimit;
    }

    /** Deletes {@code file} if it still qualifies (not modified after {@code cutoff}); nothing once the limit is reached. */
    void remove(Path file, Instant cutoff) {
        if (limitReached()) {
            return;
        }
        looked++;
        StoreFileRemover.Removal removal = remover.remove(file, cutoff);
        switch (removal.outcome()) {
            case DELETED -> {
                removed++;
                removedBytes += removal.bytes();
                progress.removed(1, removal.bytes());
                return;
            }
            case FAILED -> {
                failed++;
                if (failed <= problemLimit) {
                    problems.add("could not delete " + removal.problem());
                }
            }
            default -> changed++;
        }
        progress.removed(1, 0);
    }

    /** As many files were looked at as the counting pass found. */
    boolean limitReached() {
        return looked >= limit;
    }

    /** The pass's result: the tally, whether it finished, and its problems after the walk's own. */
    Removal result(boolean complete, List<String> walkProblems, boolean aborted) {
        List<String> all = new ArrayList<>(walkProblems);
        all.addAll(problems);
        return new Removal(removed, removedBytes, changed, failed, complete, all, aborted);
    }
}
