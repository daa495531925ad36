package org.gdprretention.platform.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.repo.admin.RepositoryState;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.transaction.TransactionService;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.platform.batch.BatchRunner;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.disposal.PurgeOptions;
import org.gdprretention.platform.extension.ExtensionRequestService;
import org.gdprretention.platform.job.control.StopSignal;
import org.gdprretention.platform.proof.RepositoryAuditLog;
import org.gdprretention.platform.testsupport.InlineBatchRunner;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ExpiryJobExecuterTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-06-15");
    private static final LocalDate LAST_MONTH = TODAY.minusMonths(1);

    private final FakeRetentionRepository repository = new FakeRetentionRepository(TODAY);
    private final LockingJobLockService locks = new LockingJobLockService();
    private final ActionService actionService = mock(ActionService.class);
    private final RepositoryAuditLog auditLog = mock(RepositoryAuditLog.class);
    private final List<Map<String, Serializable>> mails = SentMails.capturedBy(actionService);
    private final ExtensionRequestService extensionRequests = mock(ExtensionRequestService.class);

    ExpiryJobExecuterTest() {
    }

    private static RetentionType type(String code, String disposalMode) {
        return RetentionType.builder().code(code).label("en", code).label("nl", code).period("P1Y")
                .startTrigger("CREATION_DATE").category("OTHER").disposalMode(disposalMode).build();
    }

    private ExpiryJobExecuter job(boolean autoPurge, int pageSize) {
        return job(autoPurge, pageSize, new InThreadBatchRunner(2));
    }

    private ExpiryJobExecuter job(boolean autoPurge, int pageSize, BatchRunner batchRunner) {
        RetentionCatalogue types = RetentionCatalogue.of(List.of(type("CV", "PURGE_ON_APPROVAL"),
                type("APPLICATION", "AUTO_PURGE")));
        RepositoryRetentionCatalogue catalogue = mock(RepositoryRetentionCatalogue.class);
        when(catalogue.current()).thenReturn(types);
        TransactionService transactions = mock(TransactionService.class);
        when(transactions.getRetryingTransactionHelper()).thenReturn(new RetryingTransactionHelper());
        ExpiryCalculator calculator = new ExpiryCalculator(FakeRetentionRepository.ZONE);
        ExpiryJobExecuter job = new ExpiryJobExecuter();
        job.setSearchService(repository.searchService);
        job.setNodeService(repository.nodeService);
        job.setTransactionService(transactions);
        job.setBatchRunner(batchRunner);
        job.setRetentionApplier(repository.applier);
        job.setCatalogue(catalogue);
        job.setStatusEvaluator(new RetentionStatusEvaluator(calculator));
        job.setPurgeService(repository.purgeService);
        job.setExtensionRequests(extensionRequests);
        job.setActionService(actionService);
        job.setAuditLog(auditLog);
        job.setClock(Clock.fixed(TODAY.atTime(9, 0).atZone(FakeRetentionRepository.ZONE).toInstant(),
                FakeRetentionRepository.ZONE));
        job.setAutoPurgeEnabled(autoPurge);
        job.setPageSize(pageSize);
        job.setJobLockService(locks);
        job.setRepositoryState(new RepositoryState());
        job.afterPropertiesSet();
        return job;
    }

    @Test
    void marksExpiredDocumentsAndSendsTheOfficersOneSummary() {
        NodeRef first = repository.add("CV", LAST_MONTH);
        NodeRef second = repository.add("CV", TODAY.minusDays(1));
        NodeRef third = repository.add("APPLICATION", LAST_MONTH);
        NodeRef lastDay = repository.add("CV", TODAY);

        ExpiryRun run = job(false, 100).run(StopSignal.NEVER);

        assertThat(List.of(first, second, third)).allSatisfy(node ->
                assertThat(repository.status(node)).isEqualTo("EXPIRED"));
        assertThat(repository.status(lastDay)).as("kept through the whole expiry day").isEqualTo("EXPIRING");
        assertThat(run).isEqualTo(new ExpiryRun(4, 3, 0, 0, 3, Map.of("CV", 2L, "APPLICATION", 1L), true, true));
        assertThat(mails).hasSize(1);
        verify(actionService, times(1)).executeAction(any(Action.class), isNull());
        Map<String, Serializable> mail = mails.get(0);
        assertThat(mail.get(MailActionExecuter.PARAM_TO_MANY)).isEqualTo(List.of("GROUP_GDPR_OFFICERS"));
        assertThat((String) mail.get(MailActionExecuter.PARAM_SUBJECT)).contains("3");
        assertThat((String) mail.get(MailActionExecuter.PARAM_TEXT)).contains("CV: 2").contains("APPLICATION: 1")
                .contains("Bewaartermijnen").contains("Retention overview");
        verify(auditLog).append(eq("expiry"), eq("job.expiry"), anyString(), anyMap());
        assertThat(repository.purgeCalls).as("nothing is purged without auto-purge").isEmpty();
    }

    @Test
    void batchesOnTheJobsOwnThreadLeaveTheJobRunningAsSystem() {
        repository.add("CV", LAST_MONTH);
        List<String> auditedAs = new ArrayList<>();
        doAnswer(call -> {
            auditedAs.add(AuthenticationUtil.getRunAsUser());
            return null;
        }).when(auditLog)
                .append(anyString(), anyString(), anyString(), anyMap());
        // one worker thread: BatchProcessor runs the batch on the caller's thread
        ExpiryJobExecuter job = job(false, 100, new InlineBatchRunner());

        String userAfterRun = AuthenticationUtil.runAsSystem(() -> {
            job.run(StopSignal.NEVER);
            return AuthenticationUtil.getRunAsUser();
        });

        assertThat(auditedAs).containsExactly("System");
        assertThat(userAfterRun).isEqualTo("System");
    }

    @Test
    void eachRunFirstRecoversRecomputesThatWereLostOrLeftUnfinished() {
        ExpiryJobExecuter job = job(false, 100);
        org.gdprretention.platform.expiry.RecomputeScheduler recompute =
                mock(org.gdprretention.platform.expiry.RecomputeScheduler.class);
        job.setRecomputeScheduler(recompute);

        job.run(StopSignal.NEVER);

        verify(recompute).recomputeStale();
    }

    @Test
    void aSecondRunFindsNothingNewAndMailsNobody() {
        repository.add("CV", LAST_MONTH);
        ExpiryJobExecuter job = job(false, 100);
        job.run(StopSignal.NEVER);

        ExpiryRun second = job.run(StopSignal.NEVER);

        assertThat(second.newlyExpired()).isZero();
        assertThat(second.awaitingApproval()).isEqualTo(1);
        assertThat(second.notified()).isFalse();
        assertThat(mails).hasSize(1);
    }

    @Test
    void autoPurgeTypesArePurgedOnlyWhenSwitchedOnAndLeaveTheOfficersMailOut() {
        NodeRef application = repository.add("APPLICATION", LAST_MONTH);
        NodeRef cv = repository.add("CV", LAST_MONTH);

        ExpiryRun run = job(true, 100).run(StopSignal.NEVER);

        assertThat(repository.exists(application)).isFalse();
        assertThat(repository.disposalRecords).containsExactly(application);
        assertThat(repository.exists(cv)).isTrue();
        assertThat(repository.purgeCalls).containsExactly(new PurgeOptions(false, null, 1));
        assertThat(run.autoPurged()).isEqualTo(1);
        assertThat(run.newlyExpiredByType()).isEqualTo(Map.of("CV", 1L));
        assertThat((String) mails.get(0).get(MailActionExecuter.PARAM_TEXT)).doesNotContain("APPLICATION");
    }

    @Test
    void heldDocumentsAreNeitherExpiredNorPurged() {
        NodeRef held = repository.add("APPLICATION", LAST_MONTH);
        repository.hold(held);

        ExpiryRun run = job(true, 100).run(StopSignal.NEVER);

        assertThat(repository.status(held)).isEqualTo("ON_HOLD");
        assertThat(repository.purgeCalls).isEmpty();
        assertThat(run.newlyExpired()).isZero();
        verify(actionService, never()).executeAction(any(Action.class), any());
    }

    @Test
    void aDocumentThePurgeRefusesStaysAndTheRestArePurgedWithoutSkippingAny() {
        List<NodeRef> documents = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            documents.add(repository.add("APPLICATION", LAST_MONTH.plusDays(i % 2)));
        }
        repository.failPurgeOf(documents.get(0));

        ExpiryRun run = job(true, 2).run(StopSignal.NEVER);

        assertThat(run.checked()).isEqualTo(5);
        assertThat(run.autoPurged()).isEqualTo(4);
        assertThat(run.purgeRefused()).isEqualTo(1);
        assertThat(run.complete()).isTrue();
        assertThat(repository.exists(documents.get(0))).isTrue();
        assertThat(repository.disposalRecords).containsExactlyInAnyOrderElementsOf(documents.subList(1, 5));
        assertThat(repository.database.queries).extracting(SearchParameters::getSkipCount).containsOnly(0);
    }

    @Test
    void asksTheDatabaseInCmisWithTransactionalConsistencyAndRaisedPermissionLimits() {
        repository.add("CV", LAST_MONTH);

        job(false, 100).run(StopSignal.NEVER);

        SearchParameters query = repository.database.queries.get(0);
        assertThat(query.getLanguage()).isEqualTo(SearchService.LANGUAGE_CMIS_ALFRESCO);
        assertThat(query.getQuery()).isEqualTo("SELECT * FROM gdpr:retainable WHERE gdpr:expiryDate < TIMESTAMP"
                + " '2025-06-15T22:00:00.000Z' ORDER BY gdpr:expiryDate ASC");
        assertThat(query.getQueryConsistency()).isEqualTo(QueryConsistency.TRANSACTIONAL);
        assertThat(query.getMaxPermissionChecks()).isGreaterThan(query.getMaxItems());
        assertThat(query.getMaxPermissionCheckTimeMillis()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void reachesEveryExpiredDocumentBeyondTheDatabasesThousandPermissionChecks() {
        List<NodeRef> documents = new ArrayList<>();
        for (int i = 0; i < 2_300; i++) {
            // many documents share an expiry day: the database orders them as it likes
            documents.add(repository.add("CV", LAST_MONTH.minusDays(i % 7)));
        }

        ExpiryRun run = job(false, 200).run(StopSignal.NEVER);

        assertThat(run.checked()).isEqualTo(2_300);
        assertThat(run.newlyExpired()).isEqualTo(2_300);
        assertThat(run.complete()).isTrue();
        assertThat(documents).allSatisfy(node -> assertThat(repository.status(node)).isEqualTo("EXPIRED"));
        assertThat(repository.database.stoppedAtPermissionLimit).isZero();
    }

    @Test
    void aJobStoppedMidwayAndRunAgainPurgesNothingTwiceAndLosesNoDisposalRecord() {
        List<NodeRef> documents = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            documents.add(repository.add("APPLICATION", LAST_MONTH));
        }
        ExpiryJobExecuter job = job(true, 3);
        // the node loses its lock right after its first page was purged
        repository.afterEachPurgeCall = () -> {
            if (repository.purgeCalls.size() == 1) {
                locks.loseLock(job.lockName());
            }
        };

        JobRunResult first = job.execute();
        JobRunResult second = job.execute();

        assertThat(first.status()).isEqualTo(JobRunStatus.STOPPED_LOCK_LOST);
        assertThat(first.summary()).contains("auto-purged 3");
        assertThat(second.status()).isEqualTo(JobRunStatus.COMPLETED);
        assertThat(second.summary()).contains("auto-purged 4");
        assertThat(repository.disposalRecords).as("one record per document, none lost, none twice")
                .containsExactlyInAnyOrderElementsOf(documents).doesNotHaveDuplicates();
        assertThat(documents).noneMatch(repository::exists);
    }

    @Test
    void closesLapsedExtensionRequestsEachInItsOwnTransactionAndAuditsHowMany() {
        NodeRef lapsed = new NodeRef("workspace://SpacesStore/lapsed");
        NodeRef failing = new NodeRef("workspace://SpacesStore/failing");
        NodeRef open = new NodeRef("workspace://SpacesStore/open");
        when(extensionRequests.documentsWithPendingRequests()).thenReturn(List.of(failing, lapsed, open));
        when(extensionRequests.closeIfLapsed(eq(failing), any())).thenThrow(new IllegalStateException("locked"));
        when(extensionRequests.closeIfLapsed(eq(lapsed), any())).thenReturn(true);
        when(extensionRequests.closeIfLapsed(eq(open), any())).thenReturn(false);
        ArgumentCaptor<Map<String, String>> details = ArgumentCaptor.captor();

        job(false, 100).run(StopSignal.NEVER);

        verify(extensionRequests).closeIfLapsed(eq(lapsed), eq(TODAY.atTime(9, 0)
                .atZone(FakeRetentionRepository.ZONE).toInstant()));
        verify(extensionRequests).closeIfLapsed(eq(open), any());
        verify(auditLog).append(eq("expiry"), eq("job.expiry"), anyString(), details.capture());
        assertThat(details.getValue()).containsEntry("lapsedExtensionRequests", "1");
    }
}
