package org.gdprretention.platform.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.alfresco.repo.batch.BatchProcessWorkProvider;
import org.alfresco.repo.batch.BatchProcessor.BatchProcessWorker;
import org.alfresco.repo.content.cleanup.EagerContentStoreCleaner;
import org.alfresco.repo.domain.contentdata.ContentUrlEntity;
import org.gdprretention.platform.batch.BatchRunner;
import org.gdprretention.platform.job.InThreadBatchRunner;
import org.gdprretention.platform.job.control.StopSignal;
import org.junit.jupiter.api.Test;

class OrphanedContentUrlSweepTest {

    private static final Instant NOW = Instant.parse("2025-06-15T10:00:00Z");
    private static final long YESTERDAY = NOW.minusSeconds(86_400).toEpochMilli();

    private final SweepFixtures fixtures = new SweepFixtures();
    private final FakeContentUrls urls = new FakeContentUrls();
    private final EagerContentStoreCleaner cleaner = mock(EagerContentStoreCleaner.class);

    private OrphanedContentUrlSweep sweep(BatchRunner runner, int pageSize, int dryRunLimit) {
        OrphanedContentUrlSweep sweep = new OrphanedContentUrlSweep();
        sweep.setContentDataDAO(urls);
        sweep.setEagerContentStoreCleaner(cleaner);
        sweep.setTransactionService(fixtures.transactionService);
        sweep.setBatchRunner(runner);
        sweep.setSweepAudit(fixtures.sweepAudit);
        sweep.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        sweep.setPageSize(pageSize);
        sweep.setDryRunLimit(dryRunLimit);
        sweep.afterPropertiesSet();
        return sweep;
    }

    private OrphanedContentUrlSweep sweep() {
        return sweep(new InThreadBatchRunner(10), 100, 100);
    }

    @Test
    void removesEveryOrphanedUrlNowThroughTheEagerCleanerWithForceAndDeletesItsRow() {
        urls.add("store://2025/1/1/0/0/a.bin", 10, YESTERDAY);
        urls.add("store://2025/1/1/0/0/b.bin", 20, YESTERDAY);
        urls.add("store://2025/1/1/0/0/live.bin", 40, null);

        SweepResult result = sweep().run(false, StopSignal.NEVER);

        verify(cleaner).registerOrphanedContentUrl("store://2025/1/1/0/0/a.bin", true);
        verify(cleaner).registerOrphanedContentUrl("store://2025/1/1/0/0/b.bin", true);
        verify(cleaner, never()).registerOrphanedContentUrl("store://2025/1/1/0/0/live.bin", true);
        assertThat(urls.has("store://2025/1/1/0/0/a.bin")).isFalse();
        assertThat(urls.has("store://2025/1/1/0/0/live.bin")).isTrue();
        assertThat(result).isEqualTo(new SweepResult("orphanedContentUrls", "orphaned content URLs", false, 2, 2, 30,
                2, 30, 0, 0, true, List.of()));
        assertThat(fixtures.onlyAuditEntry().action()).isEqualTo("sweep.orphanedContentUrls.removal");
    }

    @Test
    void aUrlReferencedAgainBeforeItsBatchRanIsKept() {
        urls.add("store://2025/1/1/0/0/a.bin", 10, YESTERDAY);
        ContentUrlEntity reused = urls.add("store://2025/1/1/0/0/reused.bin", 20, YESTERDAY);
        BatchRunner referenceFirst = new BatchRunner() {
            private final BatchRunner delegate = new InThreadBatchRunner(10);

            @Override
            public <T> BatchOutcome run(String name, BatchProcessWorkProvider<T> provider, BatchProcessWorker<T> w) {
                reused.setOrphanTime(null);
                return delegate.run(name, provider, w);
            }
        };

        SweepResult result = sweep(referenceFirst, 100, 100).run(false, StopSignal.NEVER);

        verify(cleaner, never()).registerOrphanedContentUrl("store://2025/1/1/0/0/reused.bin", true);
        assertThat(urls.has("store://2025/1/1/0/0/reused.bin")).isTrue();
        assertThat(result.removed()).isEqualTo(1);
        assertThat(result.kept()).isEqualTo(1);
    }

    @Test
    void aDryRunCountsUrlsAndBytesAndChangesNothing() {
        urls.add("store://2025/1/1/0/0/a.bin", 10, YESTERDAY);
        urls.add("store://2025/1/1/0/0/b.bin", 20, YESTERDAY);

        SweepResult result = sweep().run(true, StopSignal.NEVER);

        verifyNoInteractions(cleaner);
        assertThat(urls.deleted).isEmpty();
        assertThat(result).isEqualTo(new SweepResult("orphanedContentUrls", "orphaned content URLs", true, 2, 2, 30,
                0, 0, 0, 0, true, List.of()));
        assertThat(fixtures.onlyAuditEntry().action()).isEqualTo("sweep.orphanedContentUrls.dry-run");
    }

    @Test
    void aDryRunSaysWhenItsLimitMayHideMore() {
        for (int i = 0; i < 3; i++) {
            urls.add("store://2025/1/1/0/0/" + i + ".bin", 1, YESTERDAY);
        }

        SweepResult result = sweep(new InThreadBatchRunner(10), 100, 2).run(true, StopSignal.NEVER);

        assertThat(result.candidates()).isEqualTo(2);
        assertThat(result.complete()).isFalse();
        assertThat(result.problems()).singleElement().asString().contains("first 2 orphaned URLs");
    }

    @Test
    void removalReadsPageAfterPageUntilNoneAreLeft() {
        for (int i = 0; i < 5; i++) {
            urls.add("store://2025/1/1/0/0/" + i + ".bin", 1, YESTERDAY);
        }

        SweepResult result = sweep(new InThreadBatchRunner(1), 2, 100).run(false, StopSignal.NEVER);

        assertThat(urls.deleted).hasSize(5);
        assertThat(result.removed()).isEqualTo(5);
        assertThat(result.complete()).isTrue();
    }

    @Test
    void urlsThatCannotBeRemovedStopTheRunInsteadOfLoopingForever() {
        for (int i = 0; i < 4; i++) {
            urls.add("store://2025/1/1/0/0/" + i + ".bin", 1, YESTERDAY);
        }
        when(cleaner.registerOrphanedContentUrl(anyString(), anyBoolean()))
                .thenThrow(new IllegalStateException("store is read-only"));

        SweepResult result = sweep(new InThreadBatchRunner(1), 2, 100).run(false, StopSignal.NEVER);

        assertThat(result.removed()).isZero();
        assertThat(result.failed()).isEqualTo(2);
        assertThat(result.complete()).isFalse();
        assertThat(urls.deleted).isEmpty();
    }

    @Test
    void urlsOrphanedAfterTheRunStartedWaitForTheNextRun() {
        urls.add("store://2025/1/1/0/0/just-now.bin", 1, NOW.toEpochMilli());

        SweepResult result = sweep().run(false, StopSignal.NEVER);

        assertThat(result.scanned()).isZero();
        verifyNoInteractions(cleaner);
    }

    @Test
    void aStoppedRunLeavesTheRestAndSaysItIsIncomplete() {
        for (int i = 0; i < 4; i++) {
            urls.add("store://2025/1/1/0/0/" + i + ".bin", 1, YESTERDAY);
        }
        StopSignal afterTwo = () -> urls.deleted.size() >= 2;

        SweepResult result = sweep(new InThreadBatchRunner(1), 10, 100).run(false, afterTwo);

        assertThat(urls.deleted).hasSize(2);
        assertThat(result.complete()).isFalse();
    }
}
