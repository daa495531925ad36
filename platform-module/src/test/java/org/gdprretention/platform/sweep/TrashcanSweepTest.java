package org.gdprretention.platform.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.alfresco.repo.batch.BatchProcessWorkProvider;
import org.alfresco.repo.batch.BatchProcessor.BatchProcessWorker;
import org.alfresco.repo.batch.BatchProcessor.BatchProcessWorkerAdaptor;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.platform.batch.BatchRunner;
import org.gdprretention.platform.job.InThreadBatchRunner;
import org.gdprretention.platform.job.control.StopSignal;
import org.junit.jupiter.api.Test;

class TrashcanSweepTest {

    private static final Instant NOW = Instant.parse("2025-06-15T10:00:00Z");
    private static final Instant DAYS_AGO_40 = NOW.minus(Duration.ofDays(40));
    private static final Instant DAYS_AGO_5 = NOW.minus(Duration.ofDays(5));
    private static final LocalDate EXPIRED = LocalDate.parse("2025-06-01");
    private static final LocalDate NOT_EXPIRED = LocalDate.parse("2026-01-01");

    private final SweepFixtures fixtures = new SweepFixtures();
    private final FakeTrashcan trashcan = new FakeTrashcan();

    private TrashcanSweep sweep(BatchRunner runner, int pageSize) {
        return sweep(runner, pageSize, 1.0);
    }

    private TrashcanSweep sweep(BatchRunner runner, int pageSize, double maxFraction) {
        TrashcanSweep sweep = new TrashcanSweep();
        sweep.setNodeArchiveService(trashcan);
        sweep.setNodeService(trashcan.nodeService);
        sweep.setMaxFraction(maxFraction);
        sweep.setTransactionService(fixtures.transactionService);
        sweep.setBatchRunner(runner);
        sweep.setSweepAudit(fixtures.sweepAudit);
        sweep.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        sweep.setMaxAge("P30D");
        sweep.setZone(FakeTrashcan.ZONE.getId());
        sweep.setPageSize(pageSize);
        sweep.afterPropertiesSet();
        return sweep;
    }

    private TrashcanSweep sweep() {
        return sweep(new InThreadBatchRunner(2), 100);
    }

    @Test
    void purgesExpiredAndLongDeletedItemsAndKeepsRecentAndHeldOnes() {
        NodeRef expired = trashcan.add("expired", DAYS_AGO_5, EXPIRED, 100);
        NodeRef old = trashcan.add("old", DAYS_AGO_40, null, 200);
        NodeRef recent = trashcan.add("recent", DAYS_AGO_5, NOT_EXPIRED, 400);
        NodeRef held = trashcan.add("held", DAYS_AGO_40, EXPIRED, 800);
        trashcan.hold(held);

        SweepResult result = sweep().run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(trashcan.remaining()).containsExactlyInAnyOrder(recent, held);
        assertThat(trashcan.purgeCalls).containsOnlyKeys(expired, old);
        assertThat(result).isEqualTo(new SweepResult("trashcan", "archive://SpacesStore", false, 4, 2, 300, 2, 300,
                2, 0, true, List.of()));
        SweepFixtures.Entry audit = fixtures.onlyAuditEntry();
        assertThat(audit.action()).isEqualTo("sweep.trashcan.removal");
        assertThat(audit.subject()).isEqualTo("archive://SpacesStore");
        assertThat(audit.details()).containsEntry("removed", "2").containsEntry("removedBytes", "300")
                .containsEntry("complete", "true");
    }

    @Test
    void aDryRunCountsTheSameItemsAndPurgesNothing() {
        trashcan.add("expired", DAYS_AGO_5, EXPIRED, 100);
        trashcan.add("old", DAYS_AGO_40, null, 200);
        trashcan.add("recent", DAYS_AGO_5, null, 400);

        SweepResult result = sweep().run(SweepOptions.DRY_RUN, StopSignal.NEVER);

        assertThat(trashcan.purgeCalls).isEmpty();
        assertThat(trashcan.remaining()).hasSize(3);
        assertThat(result.candidates()).isEqualTo(2);
        assertThat(result.candidateBytes()).isEqualTo(300);
        assertThat(result.removed()).isZero();
        assertThat(result.dryRun()).isTrue();
        assertThat(fixtures.onlyAuditEntry().action()).isEqualTo("sweep.trashcan.dry-run");
    }

    @Test
    void pagesThroughAShrinkingTrashcanWithoutSkippingOrRepeatingAnItem() {
        Set<NodeRef> keep = new HashSet<>();
        Set<NodeRef> purge = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            if (i % 3 == 0) {
                keep.add(trashcan.add("keep" + i, DAYS_AGO_5, null, 1));
            } else {
                purge.add(trashcan.add("purge" + i, DAYS_AGO_40, null, 1));
            }
        }

        SweepResult result = sweep(new InThreadBatchRunner(3), 4).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(trashcan.remaining()).containsExactlyInAnyOrderElementsOf(keep);
        assertThat(trashcan.purgeCalls.keySet()).containsExactlyInAnyOrderElementsOf(purge);
        assertThat(trashcan.purgeCalls.values()).containsOnly(1);
        assertThat(result.scanned()).isEqualTo(25);
        assertThat(result.removed()).isEqualTo(purge.size());
        assertThat(result.complete()).isTrue();
        // the counting pass reads page after page; then, in the removing pass, kept items pile up at the front of
        // the list (0, 3 | 6 | 9 | 12, 15 | 18 | 21 | 24): each page skips them, and the pass ends once it has
        // purged what the counting pass counted
        assertThat(trashcan.skipCountsAsked).as("each page starts after the items still there")
                .isEqualTo(List.of(0, 4, 8, 12, 16, 20, 24, 0, 2, 3, 4, 6, 7));
    }

    @Test
    void anItemThatFailsToPurgeStaysForTheNextRunAndTheRestGoesOn() {
        NodeRef stuck = trashcan.add("stuck", DAYS_AGO_40, null, 10);
        NodeRef other = trashcan.add("other", DAYS_AGO_40, null, 20);
        NodeRef third = trashcan.add("third", DAYS_AGO_40, null, 40);
        trashcan.failPurgeOf(stuck);

        SweepResult result = sweep(new InThreadBatchRunner(10), 2).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(trashcan.remaining()).containsExactly(stuck);
        assertThat(trashcan.purgeCalls).containsKeys(other, third);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.removed()).isEqualTo(2);
        assertThat(result.problems()).singleElement().asString().contains("1 item(s) could not be purged");
        assertThat(trashcan.purgeCalls.get(stuck)).as("tried once, not again on the next page").isEqualTo(1);
    }

    @Test
    void aStoppedRunPurgesTheRestWhenRunAgainAndNothingTwice() {
        List<NodeRef> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            all.add(trashcan.add("item" + i, DAYS_AGO_40, null, 1));
        }
        // the lock is lost once four purges happened: the run stops before its next item
        StopSignal lockLostAfterFour = () -> trashcan.purgeCalls.size() >= 4;

        SweepResult first = sweep(new InThreadBatchRunner(2), 3).run(SweepOptions.REMOVE, lockLostAfterFour);
        SweepResult second = sweep(new InThreadBatchRunner(2), 3).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(first.complete()).isFalse();
        assertThat(first.removed()).isEqualTo(4);
        assertThat(second.complete()).isTrue();
        assertThat(second.removed()).isEqualTo(6);
        assertThat(trashcan.remaining()).isEmpty();
        assertThat(trashcan.purgeCalls.keySet()).containsExactlyInAnyOrderElementsOf(all);
        assertThat(trashcan.purgeCalls.values()).as("no item purged twice").containsOnly(1);
        assertThat(fixtures.auditEntries).extracting(e -> e.details().get("removed")).containsExactly("4", "6");
    }

    @Test
    void aHoldPlacedAfterThePageWasReadIsStillRespected() {
        NodeRef old = trashcan.add("old", DAYS_AGO_40, null, 10);
        BatchRunner holdFirst = new BatchRunner() {
            private final BatchRunner delegate = new InThreadBatchRunner(5);

            @Override
            public <T> BatchOutcome run(String name, BatchProcessWorkProvider<T> provider, BatchProcessWorker<T> w) {
                trashcan.hold(old);
                return delegate.run(name, provider, w);
            }
        };

        SweepResult result = sweep(holdFirst, 10).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(trashcan.remaining()).containsExactly(old);
        assertThat(result.removed()).isZero();
        assertThat(result.kept()).isEqualTo(1);
    }

    @Test
    void readsAndPurgesTheTrashcanAsTheSystemUserWhoSeesEveryonesItems() {
        trashcan.add("old", DAYS_AGO_40, null, 10);
        AtomicBoolean purgedAsSystem = new AtomicBoolean();
        BatchRunner checking = new BatchRunner() {
            private final BatchRunner delegate = new InThreadBatchRunner(5);

            @Override
            public <T> BatchOutcome run(String name, BatchProcessWorkProvider<T> provider, BatchProcessWorker<T> w) {
                return delegate.run(name, provider, new UserRecordingWorker<>(w));
            }

            final class UserRecordingWorker<T> extends BatchProcessWorkerAdaptor<T> {
                private final BatchProcessWorker<T> worker;

                UserRecordingWorker(BatchProcessWorker<T> worker) {
                    this.worker = worker;
                }

                @Override
                public void beforeProcess() throws Throwable {
                    worker.beforeProcess();
                }

                @Override
                public void process(T entry) throws Throwable {
                    purgedAsSystem.set(AuthenticationUtil.isRunAsUserTheSystemUser());
                    worker.process(entry);
                }

                @Override
                public void afterProcess() throws Throwable {
                    worker.afterProcess();
                }
            }
        };

        AuthenticationUtil.runAsSystem(() -> sweep(checking, 10).run(SweepOptions.REMOVE, StopSignal.NEVER));

        assertThat(trashcan.listedAs).containsOnly(AuthenticationUtil.getSystemUserName());
        assertThat(purgedAsSystem).isTrue();
    }

    @Test
    void withoutAnArchiveStoreTheRunSaysSoAndIsAudited() {
        trashcan.hasArchiveStore = false;

        SweepResult result = sweep().run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(result.complete()).isFalse();
        assertThat(result.problems()).singleElement().asString().contains("no archive store");
        assertThat(fixtures.onlyAuditEntry().details()).containsKey("problems");
    }

    @Test
    void aDeletedFolderWithAHeldDocumentInsideIsKeptWholeAndSaysWhy() {
        NodeRef folder = trashcan.add("folder", DAYS_AGO_40, null, 0);
        NodeRef sub = trashcan.child(folder, "sub", null, 0);
        NodeRef expiredDoc = trashcan.child(sub, "expired-doc", EXPIRED, 10);
        NodeRef heldDoc = trashcan.child(sub, "held-doc", EXPIRED, 20);
        trashcan.hold(heldDoc);
        NodeRef other = trashcan.add("other", DAYS_AGO_40, null, 40);

        SweepResult result = sweep().run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(trashcan.remaining()).containsExactlyInAnyOrder(folder, sub, expiredDoc, heldDoc);
        assertThat(trashcan.purgeCalls).containsOnlyKeys(other);
        assertThat(result.removed()).isEqualTo(1);
        assertThat(result.kept()).isEqualTo(1);
        assertThat(result.problems()).singleElement().asString().contains(folder.toString())
                .contains(heldDoc + " inside it is on legal hold");
        assertThat(fixtures.onlyAuditEntry().details().get("problems")).contains("on legal hold");
    }

    @Test
    void aDeletedFolderWithADocumentStillRetainedInsideIsKept() {
        NodeRef folder = trashcan.add("folder", DAYS_AGO_40, null, 0);
        NodeRef retained = trashcan.child(folder, "retained", NOT_EXPIRED, 20);

        SweepResult result = sweep().run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(trashcan.remaining()).containsExactlyInAnyOrder(folder, retained);
        assertThat(trashcan.purgeCalls).isEmpty();
        assertThat(result.problems()).singleElement().asString()
                .contains(retained + " inside it is retained until 2026-01-01");
    }

    @Test
    void aDeletedFolderWithNothingToKeepInsideGoesWholeWithAllItsBinariesCounted() {
        NodeRef folder = trashcan.add("folder", DAYS_AGO_40, null, 1);
        NodeRef sub = trashcan.child(folder, "sub", null, 2);
        trashcan.child(sub, "expired-doc", EXPIRED, 4);
        trashcan.child(folder, "plain-doc", null, 8);

        SweepResult result = sweep().run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(trashcan.remaining()).isEmpty();
        assertThat(trashcan.purgeCalls).containsOnlyKeys(folder);
        assertThat(result.removedBytes()).isEqualTo(15);
        assertThat(result.candidateBytes()).isEqualTo(15);
    }

    @Test
    void theBrakeStopsARunThatWouldPurgeMoreThanTheFractionOfTheTrashcan() {
        for (int i = 0; i < 10; i++) {
            trashcan.add("item" + i, i < 2 ? DAYS_AGO_40 : DAYS_AGO_5, null, 1);
        }

        SweepResult braked = sweep(new InThreadBatchRunner(2), 100, 0.10).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(trashcan.purgeCalls).isEmpty();
        assertThat(braked.brake()).isEqualTo(SweepResult.Brake.STOPPED);
        assertThat(braked.candidates()).isEqualTo(2);
        assertThat(braked.problems()).singleElement().asString().contains("2 of 10 items (20.0%)");
        assertThat(fixtures.onlyAuditEntry().action()).isEqualTo("sweep.trashcan.refused");

        SweepResult dry = sweep(new InThreadBatchRunner(2), 100, 0.10).run(SweepOptions.DRY_RUN, StopSignal.NEVER);
        assertThat(dry.summary()).contains("would remove 2 (2 bytes, 20.0%)");

        SweepResult overridden = sweep(new InThreadBatchRunner(2), 100, 0.10)
                .run(SweepOptions.REMOVE_PAST_BRAKE, StopSignal.NEVER);
        assertThat(overridden.removed()).isEqualTo(2);
        assertThat(trashcan.remaining()).hasSize(8);
    }

    @Test
    void aRunStoppedWhileCountingPurgesNothingAndSaysItDidNotFinish() {
        for (int i = 0; i < 6; i++) {
            trashcan.add("item" + i, DAYS_AGO_40, null, 1);
        }
        StopSignal afterFirstPage = () -> !trashcan.skipCountsAsked.isEmpty();

        SweepResult result = sweep(new InThreadBatchRunner(2), 2).run(SweepOptions.REMOVE, afterFirstPage);

        assertThat(trashcan.purgeCalls).isEmpty();
        assertThat(result.complete()).isFalse();
        assertThat(result.problems()).anySatisfy(problem -> assertThat(problem).contains("not read to its end"));
        assertThat(fixtures.onlyAuditEntry().details()).containsEntry("complete", "false");
    }

    @Test
    void refusesABadMaximumAgeNamingTheProperty() {
        TrashcanSweep sweep = new TrashcanSweep();
        sweep.setNodeArchiveService(trashcan);
        sweep.setNodeService(trashcan.nodeService);
        sweep.setTransactionService(fixtures.transactionService);
        sweep.setBatchRunner(new InThreadBatchRunner(1));
        sweep.setSweepAudit(fixtures.sweepAudit);
        sweep.setMaxAge("30 days");

        assertThatThrownBy(sweep::afterPropertiesSet)
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid gdpr-retention.trashcan.maxAge '30 days'");
    }
}
