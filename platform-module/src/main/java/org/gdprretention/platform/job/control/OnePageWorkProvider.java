package org.gdprretention.platform.job.control;

import java.util.Collection;
import java.util.List;

import org.alfresco.repo.batch.BatchProcessWorkProvider;

/**
 * Hands one page of work to a batch run, once. The sweeps read their sources page by page and finish a page's
 * batches before reading the next, because removing items shifts the pages of the listings they read.
 */
public final class OnePageWorkProvider<T> implements BatchProcessWorkProvider<T> {

    private final List<T> entries;
    private boolean handedOut;

    public OnePageWorkProvider(List<T> entries) {
        this.entries = List.copyOf(entries);
    }

    @Override
    public synchronized Collection<T> getNextWork() {
        if (handedOut) {
            return List.of();
        }
        handedOut = true;
        return entries;
    }

    @Override
    @Deprecated
    public int getTotalEstimatedWorkSize() {
        return entries.size();
    }

    @Override
    public long getTotalEstimatedWorkSizeLong() {
        return entries.size();
    }
}
