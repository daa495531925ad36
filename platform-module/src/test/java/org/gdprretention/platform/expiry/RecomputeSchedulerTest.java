package org.gdprretention.platform.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_RECOMPUTE_PENDING;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_RETAINABLE;
import static org.gdprretention.platform.model.RetentionModel.PROP_RELATIONSHIP_END;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_START;
import static org.gdprretention.platform.model.RetentionModel.PROP_EXPIRY_DATE;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_TYPE;
import static org.gdprretention.platform.model.RetentionModel.PROP_STATUS;
import static org.gdprretention.platform.testsupport.FakeRepository.date;
import static org.gdprretention.platform.testsupport.FakeRepository.instant;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.util.transaction.TransactionListener;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.platform.batch.BatchRunner;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.InlineBatchRunner;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.gdprretention.platform.testsupport.TransactionalMetadataQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;

class RecomputeSchedulerTest {

    // The administrator doubled the VOG period from four to eight weeks.
    private static final RetentionCatalogue EDITED = DefaultRetentionTypes.netherlands()
            .withReplaced(DefaultRetentionTypes.netherlands().require("VOG").toBuilder().period("P8W").build());

    private final RetentionFixture fixture = new RetentionFixture(EDITED);
    private final FakeRepository repository = fixture.repository;
    private final TransactionalMetadataQuery database = TransactionalMetadataQuery.over(repository);
    private final SearchService searchService = database.searchService();
    private final InlineBatchRunner batchRunner = new InlineBatchRunner();
    private final RecomputeScheduler scheduler = new RecomputeScheduler();
    private final NodeRef site = repository.folder(null, "documentLibrary");

    @BeforeEach
    void wire() {
        scheduler.setNodeService(repository.nodeService());
        scheduler.setSearchService(searchService);
        scheduler.setRetryingTransactionHelper(new RetryingTransactionHelper());
        scheduler.setApplier(fixture.applier);
        scheduler.setBatchRunner(batchRunner);
        scheduler.setPageSize(2);
        scheduler.setExecutor(Runnable::run);
        scheduler.setBehaviourFilter(repository.behaviourFilter());
        scheduler.setClock(fixture.clock);
        scheduler.afterPropertiesSet();
    }

    @Test
    void aTypeChangeRecomputesEveryDocumentOfTheTypeOnlyAfterCommit() {
        List<NodeRef> documents = List.of(vog("2025-05-01T10:00:00Z"), vog("2025-05-20T10:00:00Z"),
                vog("2025-06-10T10:00:00Z"));

        TransactionListener listener = bindAndCapture(() -> scheduler.recomputeTypeAfterCommit("VOG"));
        assertThat(database.queries).isEmpty();
        listener.afterCommit();

        assertThat(documents).extracting(d -> repository.property(d, PROP_EXPIRY_DATE))
                .containsExactly(date("2025-06-26"), date("2025-07-15"), date("2025-08-05"));
        assertThat(documents).extracting(d -> repository.property(d, PROP_STATUS))
                .containsExactly("EXPIRING", "EXPIRING", "ACTIVE");
        assertThat(batchRunner.processNames).containsExactly("gdpr-retention recompute retention type VOG");
        SearchParameters query = database.queries.get(0);
        assertThat(query.getQuery()).isEqualTo("SELECT d.* FROM cmis:document AS d JOIN gdpr:retainable AS r"
                + " ON d.cmis:objectId = r.cmis:objectId WHERE r.gdpr:retentionType = 'VOG'"
                + " ORDER BY d.cmis:creationDate ASC");
        assertThat(query.getLanguage()).isEqualTo(SearchService.LANGUAGE_CMIS_ALFRESCO);
        assertThat(query.getQueryConsistency()).isEqualTo(QueryConsistency.TRANSACTIONAL);
        assertThat(scheduler.lastRun()).contains(new RecomputeScheduler.RecomputeRun("retention type VOG", 3, 0, true));
    }

    @Test
    void aRolledBackChangeRecomputesNothing() {
        NodeRef document = vog("2025-05-01T10:00:00Z");

        bindAndCapture(() -> scheduler.recomputeTypeAfterCommit("VOG")).afterRollback();

        assertThat(database.queries).isEmpty();
        assertThat(batchRunner.processNames).isEmpty();
        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isNull();
        assertThat(scheduler.lastRun()).isEmpty();
    }

    @Test
    void aTypeChangeReachesEveryDocumentBeyondTheDatabasesThousandPermissionChecks() {
        scheduler.setPageSize(100);
        List<NodeRef> documents = new ArrayList<>();
        for (int i = 0; i < 1_205; i++) {
            documents.add(vog(java.time.Instant.parse("2025-05-01T10:00:00Z").plusSeconds(i / 3).toString()));
        }

        bindAndCapture(() -> scheduler.recomputeTypeAfterCommit("VOG")).afterCommit();

        assertThat(documents).allSatisfy(d -> assertThat(repository.property(d, PROP_EXPIRY_DATE)).isNotNull());
        assertThat(scheduler.lastRun()).contains(
                new RecomputeScheduler.RecomputeRun("retention type VOG", 1_205, 0, true));
        assertThat(database.stoppedAtPermissionLimit).isZero();
    }

    @Test
    void aRunOnTheCallersThreadLeavesTheCallersAuthenticationInPlace() {
        NodeRef document = vog("2025-05-01T10:00:00Z");
        org.alfresco.repo.security.authentication.AuthenticationUtil.setFullyAuthenticatedUser("officer");
        try {
            // the executor and the batch runner both run on this thread, as BatchProcessor does with one worker
            bindAndCapture(() -> scheduler.recomputeTypeAfterCommit("VOG")).afterCommit();

            assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2025-06-26"));
            assertThat(org.alfresco.repo.security.authentication.AuthenticationUtil.getRunAsUser()).isEqualTo("officer");
        } finally {
            org.alfresco.repo.security.authentication.AuthenticationUtil.clearCurrentSecurityContext();
        }
    }

    @Test
    void aRecomputeLostInARestartIsRecoveredFromTheRulesStoredOnTheDocuments() {
        // computed while VOG still had four weeks
        org.mockito.Mockito.when(fixture.catalogue.current()).thenReturn(DefaultRetentionTypes.netherlands());
        NodeRef old = vog("2025-05-01T10:00:00Z");
        NodeRef older = vog("2025-05-20T10:00:00Z");
        fixture.applier.recompute(old);
        fixture.applier.recompute(older);
        assertThat(repository.property(old, PROP_EXPIRY_DATE)).isEqualTo(date("2025-05-29"));
        // computed before the rules were stored on documents
        repository.properties(older).remove(org.gdprretention.platform.model.RetentionModel.PROP_COMPUTED_RULES);
        // the period became eight weeks, and the server restarted before the queued recompute ran
        org.mockito.Mockito.when(fixture.catalogue.current()).thenReturn(EDITED);
        NodeRef current = vog("2025-06-10T10:00:00Z");
        fixture.applier.recompute(current);

        List<RecomputeScheduler.RecomputeRun> runs = scheduler.recomputeStale();

        assertThat(repository.property(old, PROP_EXPIRY_DATE)).isEqualTo(date("2025-06-26"));
        assertThat(repository.property(older, PROP_EXPIRY_DATE)).isEqualTo(date("2025-07-15"));
        assertThat(runs).extracting(RecomputeScheduler.RecomputeRun::processed).containsExactly(2L);
        assertThat(runs).allMatch(RecomputeScheduler.RecomputeRun::complete);
        assertThat(scheduler.recomputeStale()).as("nothing left over").isEmpty();
    }

    @Test
    void aRunWithFailedDocumentsSaysItIsIncomplete() {
        vog("2025-05-01T10:00:00Z");
        NodeRef broken = vog("2025-05-02T10:00:00Z");
        repository.properties(broken).put(org.gdprretention.platform.model.RetentionModel.PROP_GRANTED_EXTENSIONS,
                "not a period");

        bindAndCapture(() -> scheduler.recomputeTypeAfterCommit("VOG")).afterCommit();

        assertThat(batchRunner.failedEntries).containsExactly(broken);
        assertThat(scheduler.lastRun()).contains(new RecomputeScheduler.RecomputeRun("retention type VOG", 1, 1, false));
    }

    @Test
    void aDossierChangeRecomputesTheDocumentsFiledBelowItWithoutSearching() {
        NodeRef dossier = repository.folder(site, "Jan Jansen");
        NodeRef direct = vog(dossier, "2025-05-01T10:00:00Z");
        NodeRef nested = vog(repository.folder(repository.folder(dossier, "Contracts"), "2025"), "2025-05-20T10:00:00Z");
        NodeRef outside = vog(site, "2025-06-10T10:00:00Z");

        bindAndCapture(() -> scheduler.recomputeDossierAfterCommit(dossier)).afterCommit();

        assertThat(repository.property(direct, PROP_EXPIRY_DATE)).isEqualTo(date("2025-06-26"));
        assertThat(repository.property(nested, PROP_EXPIRY_DATE)).isEqualTo(date("2025-07-15"));
        assertThat(repository.property(outside, PROP_EXPIRY_DATE)).isNull();
        assertThat(batchRunner.processNames).containsExactly("gdpr-retention recompute dossier " + dossier);
        verify(searchService, never()).query(any(SearchParameters.class));
    }

    @Test
    void documentsDeletedSinceTheSearchAreSkippedAndTheRestGoesOn() {
        NodeRef gone = vog("2025-05-01T10:00:00Z");
        NodeRef kept = vog("2025-05-20T10:00:00Z");
        // deleted after the page was read, before its batch ran
        BatchRunner deletingFirst = new BatchRunner() {
            @Override
            public <T> BatchOutcome run(String name, org.alfresco.repo.batch.BatchProcessWorkProvider<T> work,
                    org.alfresco.repo.batch.BatchProcessor.BatchProcessWorker<T> worker) {
                return batchRunner.run(name, new org.alfresco.repo.batch.BatchProcessWorkProvider<T>() {
                    @Override
                    public java.util.Collection<T> getNextWork() {
                        java.util.Collection<T> page = work.getNextWork();
                        if (page.contains(gone)) {
                            repository.delete(gone);
                        }
                        return page;
                    }

                    @Override
                    @Deprecated
                    public int getTotalEstimatedWorkSize() {
                        return -1;
                    }
                }, worker);
            }
        };
        scheduler.setBatchRunner(deletingFirst);

        bindAndCapture(() -> scheduler.recomputeTypeAfterCommit("VOG")).afterCommit();

        assertThat(repository.property(kept, PROP_EXPIRY_DATE)).isEqualTo(date("2025-07-15"));
        assertThat(batchRunner.failedEntries).isEmpty();
    }

    @Test
    void aFailingRunIsLoggedInsteadOfEscapingTheBackgroundThread() {
        BatchRunner failing = mock(BatchRunner.class);
        when(failing.run(any(), any(), any())).thenThrow(new IllegalStateException("store offline"));
        scheduler.setBatchRunner(failing);

        TransactionListener listener = bindAndCapture(() -> scheduler.recomputeTypeAfterCommit("VOG"));

        org.assertj.core.api.Assertions.assertThatCode(listener::afterCommit).doesNotThrowAnyException();
    }

    @Test
    void withoutAnExecutorTheRunHappensOnTheSchedulersOwnBackgroundThread() throws Exception {
        java.util.concurrent.CompletableFuture<String> runThread = new java.util.concurrent.CompletableFuture<>();
        RecomputeScheduler own = new RecomputeScheduler();
        own.setNodeService(repository.nodeService());
        own.setSearchService(searchService);
        own.setRetryingTransactionHelper(new RetryingTransactionHelper());
        own.setApplier(fixture.applier);
        own.setBehaviourFilter(repository.behaviourFilter());
        own.setBatchRunner(new BatchRunner() {
            @Override
            public <T> BatchOutcome run(String name, org.alfresco.repo.batch.BatchProcessWorkProvider<T> work,
                    org.alfresco.repo.batch.BatchProcessor.BatchProcessWorker<T> worker) {
                runThread.complete(Thread.currentThread().getName());
                return new BatchOutcome(0, 0);
            }
        });
        own.afterPropertiesSet();
        try {
            bindAndCapture(() -> own.recomputeTypeAfterCommit("VOG")).afterCommit();

            assertThat(runThread.get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("gdpr-retention-recompute");
        } finally {
            own.destroy();
        }
    }

    private NodeRef vog(String created) {
        return vog(site, created);
    }

    private NodeRef vog(NodeRef folder, String created) {
        NodeRef document = repository.document(folder, Map.of(ContentModel.PROP_CREATED, instant(created)));
        repository.addAspect(document, ASPECT_RETAINABLE, Map.of(PROP_RETENTION_TYPE, "VOG"));
        return document;
    }

    private static TransactionListener bindAndCapture(Runnable registration) {
        ArgumentCaptor<TransactionListener> listener = ArgumentCaptor.forClass(TransactionListener.class);
        try (MockedStatic<AlfrescoTransactionSupport> transactions = mockStatic(AlfrescoTransactionSupport.class)) {
            registration.run();
            transactions.verify(() -> AlfrescoTransactionSupport.bindListener(listener.capture()));
        }
        return listener.getValue();
    }

    @Test
    void aDossierChangedAHundredTimesBeforeItsRunStartsIsRecomputedOnce() {
        java.util.List<Runnable> queue = new java.util.ArrayList<>();
        scheduler.setExecutor(queue::add);
        NodeRef dossier = repository.folder(site, "Jan Jansen");
        NodeRef document = vog(dossier, "2025-05-01T10:00:00Z");

        for (int change = 0; change < 100; change++) {
            bindAndCapture(() -> scheduler.recomputeDossierAfterCommit(dossier)).afterCommit();
        }

        assertThat(queue).hasSize(1);
        queue.remove(0).run();
        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2025-06-26"));
        // once started, a new change queues a new run
        bindAndCapture(() -> scheduler.recomputeDossierAfterCommit(dossier)).afterCommit();
        assertThat(queue).hasSize(1);
    }

    @Test
    void beyondTheBoundFurtherRequestsAreDroppedAndLeftToRecovery() {
        java.util.List<Runnable> queue = new java.util.ArrayList<>();
        scheduler.setExecutor(queue::add);
        scheduler.setMaxQueued(2);

        for (int dossier = 0; dossier < 5; dossier++) {
            NodeRef folder = repository.folder(site, "Dossier " + dossier);
            bindAndCapture(() -> scheduler.recomputeDossierAfterCommit(folder)).afterCommit();
        }

        assertThat(queue).hasSize(2);
        assertThat(scheduler.waiting()).isEqualTo(2);
        assertThatThrownBy(() -> scheduler.setMaxQueued(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDossierChangeWhoseRecomputeWasDroppedFromAFullQueueIsCaughtUpByTheDailyRecovery() {
        List<Runnable> queue = new ArrayList<>();
        scheduler.setExecutor(queue::add);
        scheduler.setMaxQueued(1);
        NodeRef busy = repository.folder(site, "Piet Pietersen");
        bindAndCapture(() -> scheduler.recomputeDossierAfterCommit(busy)).afterCommit();
        NodeRef dossier = dossier("2020-01-31");
        NodeRef document = personnelFile(dossier);

        endRelationship(dossier, "2024-06-30");
        bindAndCapture(() -> scheduler.recomputeDossierAfterCommit(dossier)).afterCommit();
        assertThat(queue).as("the dossier's run was dropped").hasSize(1);

        List<RecomputeScheduler.RecomputeRun> runs = scheduler.recomputeStale();

        assertThat(repository.property(document, PROP_RETENTION_START)).isEqualTo(date("2024-06-30"));
        assertThat(runs).extracting(RecomputeScheduler.RecomputeRun::what)
                .contains("dossier " + dossier + " (change not yet recomputed)");
        assertThat(repository.hasAspect(dossier, ASPECT_RECOMPUTE_PENDING)).isFalse();
        assertThat(scheduler.recomputeStale()).as("nothing left over").isEmpty();
    }

    @Test
    void aDossierRecomputeLostInARestartIsCaughtUpByTheDailyRecoveryOfTheRestartedServer() {
        List<Runnable> queue = new ArrayList<>();
        scheduler.setExecutor(queue::add);
        NodeRef dossier = dossier("2020-01-31");
        NodeRef document = personnelFile(dossier);

        endRelationship(dossier, "2024-06-30");
        bindAndCapture(() -> scheduler.recomputeDossierAfterCommit(dossier)).afterCommit();
        queue.clear(); // the server stops before the run starts: the queue was in its memory
        RecomputeScheduler restarted = new RecomputeScheduler();
        restarted.setNodeService(repository.nodeService());
        restarted.setSearchService(searchService);
        restarted.setRetryingTransactionHelper(new RetryingTransactionHelper());
        restarted.setApplier(fixture.applier);
        restarted.setBatchRunner(batchRunner);
        restarted.setBehaviourFilter(repository.behaviourFilter());
        restarted.setExecutor(Runnable::run);
        restarted.afterPropertiesSet();

        restarted.recomputeStale();

        assertThat(repository.property(document, PROP_RETENTION_START)).isEqualTo(date("2024-06-30"));
        assertThat(repository.hasAspect(dossier, ASPECT_RECOMPUTE_PENDING)).isFalse();
        assertThat(database.queries).extracting(SearchParameters::getQuery).contains(
                "SELECT * FROM gdpr:recomputePending ORDER BY gdpr:recomputeRequestedAt ASC");
        assertThat(database.queries).allSatisfy(
                q -> assertThat(q.getQueryConsistency()).isEqualTo(QueryConsistency.TRANSACTIONAL));
    }

    @Test
    void theMarkIsSetWithTheChangeAndRemovedByTheRunThatCompletedWithoutTouchingTheFolder() {
        List<Runnable> queue = new ArrayList<>();
        scheduler.setExecutor(queue::add);
        NodeRef dossier = dossier("2020-01-31");
        personnelFile(dossier);

        bindAndCapture(() -> scheduler.recomputeDossierAfterCommit(dossier)).afterCommit();
        assertThat(repository.hasAspect(dossier, ASPECT_RECOMPUTE_PENDING)).isTrue();
        queue.remove(0).run();

        assertThat(repository.hasAspect(dossier, ASPECT_RECOMPUTE_PENDING)).isFalse();
        assertThat(repository.property(dossier, ContentModel.PROP_MODIFIER)).as("bookkeeping, not an edit").isNull();
    }

    @Test
    void aChangeCommittedDuringTheRunKeepsTheMarkForTheNextRunOrTheRecovery() {
        NodeRef dossier = dossier("2020-01-31");
        NodeRef document = personnelFile(dossier);
        // while the run reads the documents, an officer changes the dossier again; its own run is dropped
        BatchRunner changingMidRun = new BatchRunner() {
            @Override
            public <T> BatchOutcome run(String name, org.alfresco.repo.batch.BatchProcessWorkProvider<T> work,
                    org.alfresco.repo.batch.BatchProcessor.BatchProcessWorker<T> worker) {
                BatchOutcome outcome = batchRunner.run(name, work, worker);
                if (name.contains(dossier.toString()) && repository.property(dossier, PROP_RELATIONSHIP_END)
                        .equals(date("2024-06-30"))) {
                    endRelationship(dossier, "2025-03-31");
                    bindAndCapture(() -> scheduler.recomputeDossierAfterCommit(dossier)); // never committed here
                }
                return outcome;
            }
        };
        scheduler.setBatchRunner(changingMidRun);

        endRelationship(dossier, "2024-06-30");
        bindAndCapture(() -> scheduler.recomputeDossierAfterCommit(dossier)).afterCommit();

        assertThat(repository.property(document, PROP_RETENTION_START)).isEqualTo(date("2024-06-30"));
        assertThat(repository.hasAspect(dossier, ASPECT_RECOMPUTE_PENDING)).isTrue();
        scheduler.setBatchRunner(batchRunner);
        scheduler.recomputeStale();
        assertThat(repository.property(document, PROP_RETENTION_START)).isEqualTo(date("2025-03-31"));
        assertThat(repository.hasAspect(dossier, ASPECT_RECOMPUTE_PENDING)).isFalse();
    }

    private NodeRef dossier(String relationshipEnd) {
        NodeRef dossier = repository.folder(site, "Jan Jansen");
        repository.addAspect(dossier, RetentionModel.ASPECT_DATA_SUBJECT, Map.of(
                RetentionModel.PROP_DATA_SUBJECT_ID, "E-1", PROP_RELATIONSHIP_END, date(relationshipEnd)));
        return dossier;
    }

    // A personnel file computed with the type's current rules and the dossier's end of relationship as it is now.
    private NodeRef personnelFile(NodeRef dossier) {
        NodeRef document = repository.document(dossier, Map.of(ContentModel.PROP_CREATED,
                instant("2019-03-01T10:00:00Z")));
        repository.addAspect(document, ASPECT_RETAINABLE, Map.of(PROP_RETENTION_TYPE, "PERSONNEL_FILE"));
        fixture.applier.recompute(document);
        assertThat(repository.property(document, PROP_RETENTION_START))
                .isEqualTo(repository.property(dossier, PROP_RELATIONSHIP_END));
        return document;
    }

    private void endRelationship(NodeRef dossier, String end) {
        repository.properties(dossier).put(PROP_RELATIONSHIP_END, date(end));
    }

}
