package org.gdprretention.platform.batch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.junit.jupiter.api.Test;

/** The runner's own settings; the batches themselves are ACS's BatchProcessor, which only runs inside ACS. */
class BatchProcessorRunnerTest {

    @Test
    void needsATransactionHelper() {
        assertThatThrownBy(new BatchProcessorRunner()::afterPropertiesSet).hasMessageContaining("retryingTransactionHelper");
    }

    @Test
    void refusesBatchSettingsBelowOneNamingThem() {
        BatchProcessorRunner runner = new BatchProcessorRunner();
        runner.setRetryingTransactionHelper(mock(RetryingTransactionHelper.class));
        runner.setBatchSize(0);

        assertThatThrownBy(runner::afterPropertiesSet).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batchSize 0");

        runner.setBatchSize(50);
        runner.setWorkerThreads(0);
        assertThatThrownBy(runner::afterPropertiesSet).hasMessageContaining("workerThreads 0");

        runner.setWorkerThreads(4);
        assertThatCode(runner::afterPropertiesSet).doesNotThrowAnyException();
    }
}
