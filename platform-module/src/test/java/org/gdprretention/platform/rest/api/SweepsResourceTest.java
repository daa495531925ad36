package org.gdprretention.platform.rest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.alfresco.rest.framework.core.exceptions.ConstraintViolatedException;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.core.exceptions.PermissionDeniedException;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;
import org.alfresco.rest.framework.webscripts.WithResponse;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.job.LockingJobLockService;
import org.gdprretention.platform.job.control.StopSignal;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.proof.RepositoryAuditLog;
import org.gdprretention.platform.rest.RestJson;
import org.gdprretention.platform.rest.RestRequest;
import org.gdprretention.platform.rest.model.SweepEntry;
import org.gdprretention.platform.rest.model.SweepRunRequest;
import org.gdprretention.platform.sweep.Sweep;
import org.gdprretention.platform.sweep.SweepAudit;
import org.gdprretention.platform.sweep.SweepOptions;
import org.gdprretention.platform.sweep.SweepProgress;
import org.gdprretention.platform.sweep.SweepResult;
import org.gdprretention.platform.sweep.SweepStatusStore;
import org.gdprretention.platform.testsupport.CommitListeners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /sweeps}: officers start a sweep in the background (dry run by default), its progress shows on every server
 * while it runs, one run at a time across the cluster (409 otherwise), and its result stays as the last result.
 */
class SweepsResourceTest {

    private static final List<String> IDS = List.of("trashcan", "orphanedContentUrls", "deletedContentStore",
            "contentStoreOrphans");

    private final AdminCallers callers = new AdminCallers();
    private final LockingJobLockService locks = new LockingJobLockService();
    private final InMemoryAttributes attributes = new InMemoryAttributes();
    private final SweepAudit sweepAudit = new SweepAudit();
    private final Map<String, BlockingSweep> sweeps = new LinkedHashMap<>();
    private final List<SweepRuns> servers = new ArrayList<>();
    /** The request's transaction: a run starts when it commits. */
    private final CommitListeners transaction = new CommitListeners();
    private SweepsResource resource;

    @BeforeEach
    void setUp() {
        SweepStatusStore store = store();
        sweepAudit.setAuditLog(mock(RepositoryAuditLog.class));
        sweepAudit.setTransactionService(attributes.transactionService());
        sweepAudit.setStatusStore(store);
        sweepAudit.afterPropertiesSet();
        for (String id : IDS) {
            sweeps.put(id, new BlockingSweep(id));
        }
        resource = resourceOnAServer();
    }

    @AfterEach
    void tearDown() {
        sweeps.values().forEach(BlockingSweep::finish);
        servers.forEach(SweepRuns::destroy);
        transaction.close();
        AdminCallers.reset();
    }

    @Test
    void aReaderMaySeeNorRunSweeps() {
        AdminCallers.as(AdminCallers.READER);

        assertThatThrownBy(() -> resource.readAll(RestRequest.query("").parameters()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> resource.run("trashcan", null, RestRequest.query("").parameters(), response()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(sweeps.get("trashcan").startedLatch.getCount()).as("never started").isEqualTo(1);
        verifyNoInteractions(callers.auditLog);
    }

    @Test
    void theFourSweepsAreListedNoneRunning() {
        AdminCallers.as(AdminCallers.OFFICER);

        CollectionWithPagingInfo<SweepEntry> page = resource.readAll(RestRequest.query("").parameters());

        assertThat(page.getCollection()).extracting(SweepEntry::getId).containsExactlyElementsOf(IDS);
        assertThat(page.getCollection()).noneMatch(SweepEntry::isRunning);
        AdminJson.assertMatchesFixture(RestJson.entry(page.getCollection().iterator().next()),
                "admin/sweep-idle-entry.json");
    }

    @Test
    void aRunIsDryByDefaultAcceptedAndAudited() throws Exception {
        AdminCallers.as(AdminCallers.OFFICER);
        WithResponse response = response();

        SweepEntry started = resource.run("trashcan", null, RestRequest.query("").parameters(), response);
        transaction.commit();

        assertThat(response.getStatus()).isEqualTo(202);
        assertThat(started.isRunning()).isTrue();
        BlockingSweep trashcan = sweeps.get("trashcan");
        assertThat(trashcan.startedLatch.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(trashcan.options).isEqualTo(SweepOptions.DRY_RUN);
        verify(callers.auditLog).append(eq(AdminCallers.OFFICER), eq("rest.sweep.run"), eq("trashcan"),
                eq(Map.of("dryRun", "true")));
    }

    @Test
    void progressIsReadableFromAnotherServerWhileItRunsAndTheResultStaysAfterwards() throws Exception {
        AdminCallers.as(AdminCallers.OFFICER);
        SweepsResource otherServer = resourceOnAServer();
        SweepRunRequest remove = new SweepRunRequest();
        remove.setDryRun(false);

        resource.run("deletedContentStore", remove, RestRequest.query("").parameters(), response());
        transaction.commit();
        BlockingSweep sweep = sweeps.get("deletedContentStore");
        assertThat(sweep.startedLatch.await(5, TimeUnit.SECONDS)).isTrue();

        waitFor(() -> {
            SweepEntry seen = otherServer.readById("deletedContentStore", RestRequest.query("").parameters());
            return seen.isRunning() && seen.getProgress().processed() == 3;
        });
        SweepEntry running = otherServer.readById("deletedContentStore", RestRequest.query("").parameters());
        assertThat(running.getProgress()).satisfies(progress -> {
            assertThat(progress.phase()).isEqualTo("REMOVE");
            assertThat(progress.total()).isEqualTo(10L);
            assertThat(progress.bytes()).isEqualTo(300L);
            assertThat(progress.dryRun()).isFalse();
            assertThat(progress.startedBy()).isEqualTo(AdminCallers.OFFICER);
        });
        assertThat(sweep.options).isEqualTo(SweepOptions.REMOVE);

        sweep.finish();
        waitFor(() -> !otherServer.readById("deletedContentStore", RestRequest.query("").parameters()).isRunning());
        SweepEntry done = otherServer.readById("deletedContentStore", RestRequest.query("").parameters());
        assertThat(done.getProgress()).isNull();
        assertThat(done.getLastResult()).satisfies(last -> {
            assertThat(last.dryRun()).isFalse();
            assertThat(last.count()).isEqualTo(10);
            assertThat(last.removed()).isEqualTo(10);
            assertThat(last.bytes()).isEqualTo(1000);
        });
    }

    @Test
    void oneRunAtATimeAcrossTheClusterAndTheScheduledJobCounts() throws Exception {
        AdminCallers.as(AdminCallers.OFFICER);
        SweepsResource otherServer = resourceOnAServer();
        resource.run("trashcan", null, RestRequest.query("").parameters(), response());
        transaction.commit();
        assertThat(sweeps.get("trashcan").startedLatch.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> otherServer.run("orphanedContentUrls", null, RestRequest.query("").parameters(),
                response())).isInstanceOf(ConstraintViolatedException.class);
        assertThatThrownBy(() -> resource.run("trashcan", null, RestRequest.query("").parameters(), response()))
                .isInstanceOf(ConstraintViolatedException.class);
        sweeps.get("trashcan").finish();
        waitFor(() -> !locks.isHeld(SweepRuns.MANUAL_LOCK));

        // the scheduled job of a sweep holds that sweep's job lock
        String jobToken = locks.getLock(QName.createQName(RetentionModel.NAMESPACE_URI, "job.contentStoreOrphans"),
                30_000, new org.alfresco.repo.lock.JobLockService.JobLockRefreshCallback() {
                    @Override
                    public boolean isActive() {
                        return true;
                    }

                    @Override
                    public void lockReleased() {
                    }
                });
        assertThatThrownBy(() -> otherServer.run("contentStoreOrphans", null, RestRequest.query("").parameters(),
                response())).isInstanceOf(ConstraintViolatedException.class);
        assertThat(locks.isHeld(SweepRuns.MANUAL_LOCK)).as("the manual lock is given back").isFalse();
        assertThat(sweeps.get("contentStoreOrphans").startedLatch.getCount()).isEqualTo(1);
        locks.releaseLock(jobToken, QName.createQName(RetentionModel.NAMESPACE_URI, "job.contentStoreOrphans"));
    }

    @Test
    void aRequestThatRollsBackStartsNothingAndGivesTheLocksBack() throws Exception {
        AdminCallers.as(AdminCallers.OFFICER);

        resource.run("orphanedContentUrls", null, RestRequest.query("").parameters(), response());
        assertThat(sweeps.get("orphanedContentUrls").startedLatch.getCount()).as("not before commit").isEqualTo(1);
        transaction.rollback();

        assertThat(locks.isHeld(SweepRuns.MANUAL_LOCK)).isFalse();
        assertThat(resource.readById("orphanedContentUrls", RestRequest.query("").parameters()).isRunning()).isFalse();
        // the retried request runs
        resource.run("orphanedContentUrls", null, RestRequest.query("").parameters(), response());
        transaction.commit();
        assertThat(sweeps.get("orphanedContentUrls").startedLatch.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anUnknownSweepIsNotFound() {
        AdminCallers.as(AdminCallers.ADMIN);

        assertThatThrownBy(() -> resource.readById("everything", RestRequest.query("").parameters()))
                .isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> resource.run("../trashcan", null, RestRequest.query("").parameters(), response()))
                .isInstanceOf(EntityNotFoundException.class);
        verifyNoInteractions(callers.auditLog);
    }

    private SweepsResource resourceOnAServer() {
        SweepRuns runs = new SweepRuns();
        runs.setJobLockService(locks);
        runs.setStatusStore(store());
        runs.setPublishInterval("PT0.02S");
        runs.setSweeps(new LinkedHashMap<>(sweeps));
        runs.afterPropertiesSet();
        servers.add(runs);
        SweepsResource server = new SweepsResource();
        server.setRuns(runs);
        server.setAccess(callers.access);
        server.setAudit(callers.audit);
        server.afterPropertiesSet();
        return server;
    }

    private SweepStatusStore store() {
        SweepStatusStore store = new SweepStatusStore();
        store.setAttributeService(attributes.service());
        store.setTransactionService(attributes.transactionService());
        store.afterPropertiesSet();
        return store;
    }

    // As ACS hands it to an @Operation: 201 unless the operation sets its own status.
    private static WithResponse response() {
        return org.gdprretention.platform.rest.RestResponses.of(SweepsResource.class, "run");
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(10);
        }
    }

    /**
     * A sweep of ten items of 100 bytes that, removing, reports three done and waits until the test lets it finish;
     * it audits its result as every sweep's runner does.
     */
    private final class BlockingSweep implements Sweep {
        private final String name;
        final CountDownLatch startedLatch = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        volatile SweepOptions options;

        BlockingSweep(String name) {
            this.name = name;
        }

        void finish() {
            release.countDown();
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public SweepResult run(SweepOptions runOptions, StopSignal stop) {
            return run(runOptions, stop, SweepProgress.untracked());
        }

        @Override
        public SweepResult run(SweepOptions runOptions, StopSignal stop, SweepProgress progress) {
            Instant startedAt = Instant.now();
            options = runOptions;
            progress.looked(10, 1000);
            progress.surveyed(10, 1000);
            progress.removing(10);
            progress.removed(3, 300);
            startedLatch.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            long removed = runOptions.dryRun() ? 0 : 10;
            SweepResult result = new SweepResult(name, "/store", runOptions.dryRun(), 10, 10, 1000, removed,
                    removed * 100, 0, 0, true, List.of());
            sweepAudit.record(result, startedAt);
            return result;
        }
    }
}
