package org.gdprretention.platform.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.alfresco.repo.batch.BatchProcessWorkProvider;
import org.alfresco.repo.batch.BatchProcessor.BatchProcessWorker;
import org.gdprretention.platform.batch.BatchRunner;

/**
 * Runs work on the calling thread as BatchProcessor would: pages until the provider returns none, and for each entry
 * beforeProcess, process, afterProcess; a failing entry is counted and the run goes on.
 */
public final class InlineBatchRunner implements BatchRunner {

    public final List<String> processNames = new ArrayList<>();
    public final List<Object> failedEntries = new ArrayList<>();

    @Override
    public <T> BatchOutcome run(String processName, BatchProcessWorkProvider<T> workProvider,
            BatchProcessWorker<T> worker) {
        processNames.add(processName);
        long processed = 0;
        long errors = 0;
        for (Collection<T> page = workProvider.getNextWork(); !page.isEmpty(); page = workProvider.getNextWork()) {
            for (T entry : page) {
                try {
                    worker.beforeProcess();
                    try {
                        worker.process(entry);
                    } finally {
                        worker.afterProcess();
                    }
                    processed++;
                } catch (Throwable e) {
                    failedEntries.add(entry);
                    errors++;
                }
            }
        }
        return new BatchOutcome(processed, errors);
    }
}
