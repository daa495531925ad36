package org.gdprretention.platform.batch;

import org.alfresco.repo.batch.BatchProcessWorkProvider;
import org.alfresco.repo.batch.BatchProcessor;
import org.alfresco.repo.batch.BatchProcessor.BatchProcessWorker;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.util.PropertyCheck;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;

/**
 * Runs work with ACS's BatchProcessor: each batch in its own retrying transaction, on a configurable number of
 * worker threads, with progress logged (and a failing entry reported without stopping the run).
 */
public class BatchProcessorRunner implements BatchRunner, ApplicationEventPublisherAware, InitializingBean {

    // BatchProcessor logs progress through commons-logging, as the rest of ACS does.
    private static final Log PROGRESS_LOG = LogFactory.getLog(BatchProcessorRunner.class);

    private RetryingTransactionHelper retryingTransactionHelper;
    private ApplicationEventPublisher applicationEventPublisher;
    private int batchSize = 100;
    private int workerThreads = 2;
    private int loggingInterval = 1000;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "retryingTransactionHelper", retryingTransactionHelper);
        if (batchSize < 1 || workerThreads < 1) {
            throw new IllegalArgumentException("Invalid batch settings: batchSize " + batchSize
                    + " and workerThreads " + workerThreads + " must both be at least 1");
        }
    }

    @Override
    public <T> BatchOutcome run(String processName, BatchProcessWorkProvider<T> workProvider,
            BatchProcessWorker<T> worker) {
        BatchProcessor<T> processor = new BatchProcessor<>(processName, retryingTransactionHelper, workProvider,
                workerThreads, batchSize, applicationEventPublisher, PROGRESS_LOG, loggingInterval);
        processor.processLong(worker, true);
        return new BatchOutcome(processor.getSuccessfullyProcessedEntriesLong(), processor.getTotalErrorsLong());
    }

    @Override
    public void setApplicationEventPublisher(ApplicationEventPublisher applicationEventPublisher) {
        this.applicationEventPublisher = applicationEventPublisher;
    }

    public void setRetryingTransactionHelper(RetryingTransactionHelper retryingTransactionHelper) {
        this.retryingTransactionHelper = retryingTransactionHelper;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public void setWorkerThreads(int workerThreads) {
        this.workerThreads = workerThreads;
    }

    public void setLoggingInterval(int loggingInterval) {
        this.loggingInterval = loggingInterval;
    }

    public int getBatchSize() {
        return batchSize;
    }
}
