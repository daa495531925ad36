package org.gdprretention.platform.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.alfresco.repo.admin.RepositoryState;
import org.alfresco.repo.batch.BatchProcessWorkProvider;
import org.alfresco.repo.batch.BatchProcessor.BatchProcessWorker;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.batch.BatchRunner;
import org.gdprretention.platform.job.InThreadBatchRunner;
import org.gdprretention.platform.job.JobRunResult;
import org.gdprretention.platform.job.JobRunStatus;
import org.gdprretention.platform.job.LockingJobLockService;
import org.gdprretention.platform.job.SweepJobExecuter;
import org.gdprretention.platform.model.RetentionModel;
import org.junit.jupiter.api.Test;

/**
 * The trashcan job, stopped part-way because its node lost the cluster lock, then run again: every item is purged
 * exactly once, and each run's audit entry says what that run removed.
 */
class TrashcanJobRestartTest {

    private static final Instant NOW = Instant.parse("2025-06-15T10:00:00Z");

    private final SweepFixtures fixtures = new SweepFixtures();
    private final FakeTrashcan trashcan = new FakeTrashcan();
    private final LockingJobLockService locks = new LockingJobLockService();

    @Test
    void aJobThatLosesItsLockPartWayPurgesNothingTwiceWhenRunAgain() {
        List<NodeRef> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(trashcan.add("item" + i, NOW.minus(Duration.ofDays(60)), null, 100));
        }
        SweepJobExecuter job = job(new BatchRunner() {
            private final BatchRunner delegate = new InThreadBatchRunner(2);
            private boolean lostOnce;

            @Override
            public <T> BatchOutcome run(String name, BatchProcessWorkProvider<T> provider, BatchProcessWorker<T> w) {
                BatchOutcome outcome = delegate.run(name, provider, w);
                if (trashcan.purgeCalls.size() >= 5 && !lostOnce) {
                    lostOnce = true;
                    // the refresh failed: another node may take over from here
                    locks.loseLock(jobLock());
                }
                return outcome;
            }
        });

        JobRunResult first = job.execute();
        JobRunResult second = job.execute();

        assertThat(first.status()).isEqualTo(JobRunStatus.STOPPED_LOCK_LOST);
        assertThat(second.status()).isEqualTo(JobRunStatus.COMPLETED);
        assertThat(trashcan.remaining()).isEmpty();
        assertThat(trashcan.purgeCalls.keySet()).containsExactlyInAnyOrderElementsOf(items);
        assertThat(trashcan.purgeCalls.values()).as("no item purged twice").containsOnly(1);
        assertThat(fixtures.auditEntries).hasSize(2);
        long removedInBoth = fixtures.auditEntries.stream()
                .mapToLong(entry -> Long.parseLong(entry.details().get("removed"))).sum();
        assertThat(removedInBoth).isEqualTo(12);
        assertThat(fixtures.auditEntries.get(0).details()).containsEntry("complete", "false");
    }

    private static QName jobLock() {
        return QName.createQName(RetentionModel.NAMESPACE_URI, "job.trashcan");
    }

    private SweepJobExecuter job(BatchRunner runner) {
        TrashcanSweep sweep = new TrashcanSweep();
        sweep.setNodeArchiveService(trashcan);
        sweep.setNodeService(trashcan.nodeService);
        sweep.setMaxFraction(1.0);
        sweep.setTransactionService(fixtures.transactionService);
        sweep.setBatchRunner(runner);
        sweep.setSweepAudit(fixtures.sweepAudit);
        sweep.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        sweep.setPageSize(3);
        sweep.afterPropertiesSet();
        SweepJobExecuter job = new SweepJobExecuter();
        job.setSweep(sweep);
        job.setEnabled(true);
        job.setJobLockService(locks);
        job.setRepositoryState(new RepositoryState());
        job.afterPropertiesSet();
        return job;
    }
}
