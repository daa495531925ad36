package org.gdprretention.platform.batch;

import org.alfresco.repo.batch.BatchProcessWorkProvider;
import org.alfresco.repo.batch.BatchProcessor.BatchProcessWorker;

/**
 * Runs bulk work in transactional batches. In the repository this is ACS's BatchProcessor; the seam exists so
 * that tests (and any code that cannot construct a BatchProcessor) can run the same work provider and worker.
 */
public interface BatchRunner {

    <T> BatchOutcome run(String processName, BatchProcessWorkProvider<T> workProvider, BatchProcessWorker<T> worker);

    /** What a run did: entries processed without error, and entries that failed. */
    record BatchOutcome(long processed, long errors) {
    }
}
