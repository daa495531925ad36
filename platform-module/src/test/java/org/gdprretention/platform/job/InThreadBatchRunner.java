package org.gdprretention.platform.job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.alfresco.repo.batch.BatchProcessWorkProvider;
import org.alfresco.repo.batch.BatchProcessor.BatchProcessWorker;
import org.gdprretention.platform.batch.BatchRunner;

/**
 * Runs batches as ACS's BatchProcessor does, minus the transactions: on a worker thread of its own (so a worker
 * that sets or clears the security context cannot disturb the caller), batch by batch, before/after hooks around
 * each batch, and a failing entry counted as an error without stopping the others.
 */
public final class InThreadBatchRunner implements BatchRunner {

    private final int batchSize;
    public final List<String> processNames = new ArrayList<>();
    public final List<Integer> batchSizesSeen = new ArrayList<>();

    public InThreadBatchRunner(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public <T> BatchOutcome run(String processName, BatchProcessWorkProvider<T> workProvider,
            BatchProcessWorker<T> worker) {
        processNames.add(processName);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            return thread.submit(() -> runAll(workProvider, worker)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            thread.shutdownNow();
        }
    }

    private <T> BatchOutcome runAll(BatchProcessWorkProvider<T> workProvider, BatchProcessWorker<T> worker)
            throws Exception {
        long processed = 0;
        long errors = 0;
        for (Collection<T> work = workProvider.getNextWork(); !work.isEmpty(); work = workProvider.getNextWork()) {
            List<T> entries = new ArrayList<>(work);
            for (int from = 0; from < entries.size(); from += batchSize) {
                List<T> batch = entries.subList(from, Math.min(entries.size(), from + batchSize));
                batchSizesSeen.add(batch.size());
                hook(worker::beforeProcess);
                try {
                    for (T entry : batch) {
                        try {
                            worker.process(entry);
                            processed++;
                        } catch (Throwable e) {
                            errors++;
                        }
                    }
                } finally {
                    hook(worker::afterProcess);
                }
            }
        }
        return new BatchOutcome(processed, errors);
    }

    private interface Hook {
        void run() throws Throwable;
    }

    private static void hook(Hook hook) throws Exception {
        try {
            hook.run();
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
