package org.alfresco.repo.batch;

import java.util.Date;

import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.apache.commons.logging.Log;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Compile-only copy of the ACS 26.3 signature. <b>This is a class, not an interface, and every constructor and
 * method throws:</b> ACS runs the batches (worker threads, one retrying transaction per batch, progress logging).
 * Code that uses it should create it behind a seam that tests can replace, and test its
 * {@link BatchProcessWorker} and {@link BatchProcessWorkProvider} directly.
 */
public class BatchProcessor<T> implements BatchMonitor {

    public BatchProcessor(String processName, RetryingTransactionHelper retryingTransactionHelper,
            BatchProcessWorkProvider<T> workProvider, int workerThreads, int batchSize,
            ApplicationEventPublisher applicationEventPublisher, Log logger, int loggingInterval) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Deprecated
    public int process(BatchProcessWorker<T> worker, boolean splitTxns) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public long processLong(BatchProcessWorker<T> worker, boolean splitTxns) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public String getCurrentEntryId() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public Date getEndTime() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public String getLastError() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public String getLastErrorEntryId() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public String getPercentComplete() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public String getProcessName() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public Date getStartTime() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Deprecated
    @Override
    public int getSuccessfullyProcessedEntries() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public long getSuccessfullyProcessedEntriesLong() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Deprecated
    @Override
    public int getTotalErrors() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public long getTotalErrorsLong() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Deprecated
    @Override
    public int getTotalResults() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public long getTotalResultsLong() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    /** The work done on each entry; ACS calls it inside a batch transaction. */
    public interface BatchProcessWorker<T> {
        String getIdentifier(T entry);

        void beforeProcess() throws Throwable;

        void process(T entry) throws Throwable;

        void afterProcess() throws Throwable;
    }

    /** A worker with empty before/after hooks and the entry's string form as identifier, as in ACS. */
    public abstract static class BatchProcessWorkerAdaptor<TT> implements BatchProcessWorker<TT> {

        @Override
        public String getIdentifier(TT entry) {
            return String.valueOf(entry);
        }

        @Override
        public void beforeProcess() throws Throwable {
            // nothing by default
        }

        @Override
        public void afterProcess() throws Throwable {
            // nothing by default
        }
    }
}
