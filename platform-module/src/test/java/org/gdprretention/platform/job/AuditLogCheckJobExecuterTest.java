package org.gdprretention.platform.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.repo.admin.RepositoryState;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.transaction.TransactionService;
import org.gdprretention.core.proof.AuditHead;
import org.gdprretention.platform.proof.AuditLogCheck;
import org.gdprretention.platform.proof.AuditLogCheck.Outcome;
import org.gdprretention.platform.proof.AuditLogVerifier;
import org.junit.jupiter.api.Test;

class AuditLogCheckJobExecuterTest {

    private static final AuditHead TWO = new AuditHead(2, "b".repeat(64));
    private static final AuditHead THREE = new AuditHead(3, "c".repeat(64));

    private final AuditLogVerifier verifier = mock(AuditLogVerifier.class);
    private final ActionService actionService = mock(ActionService.class);
    private final List<Map<String, Serializable>> mails = SentMails.capturedBy(actionService);
    private final AuditLogCheckJobExecuter job = new AuditLogCheckJobExecuter();

    AuditLogCheckJobExecuterTest() {
        TransactionService transactions = mock(TransactionService.class);
        when(transactions.getRetryingTransactionHelper()).thenReturn(new RetryingTransactionHelper());
        job.setVerifier(verifier);
        job.setActionService(actionService);
        job.setTransactionService(transactions);
        job.setJobLockService(new LockingJobLockService());
        job.setRepositoryState(new RepositoryState());
        job.afterPropertiesSet();
    }

    @Test
    void anIntactLogSendsNoMail() {
        when(verifier.check()).thenReturn(new AuditLogCheck(Outcome.INTACT, 0, "", THREE, THREE));

        JobRunResult result = job.execute();

        assertThat(result.status()).isEqualTo(JobRunStatus.COMPLETED);
        assertThat(result.summary()).contains("intact");
        assertThat(mails).isEmpty();
    }

    @Test
    void aCutLogIsMailedToTheOfficersWithBothHeads() {
        when(verifier.check()).thenReturn(new AuditLogCheck(Outcome.TAIL_CUT, 3,
                "ACS's audit trail recorded entry 3 as the last one written, but the log ends at entry 2", TWO, THREE));

        JobRunResult result = job.execute();

        assertThat(result.summary()).contains("TAIL_CUT").contains("entry 3");
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.get(MailActionExecuter.PARAM_TO_MANY)).isEqualTo(List.of("GROUP_GDPR_OFFICERS"));
            assertThat((String) mail.get(MailActionExecuter.PARAM_SUBJECT)).contains("TAIL_CUT");
            assertThat((String) mail.get(MailActionExecuter.PARAM_TEXT))
                    .contains("the log ends at entry 2")
                    .contains("entry 2, hash " + TWO.hash())
                    .contains("entry 3, hash " + THREE.hash());
        });
    }

    @Test
    void switchedOffItChecksNothing() {
        job.setEnabled(false);

        assertThat(job.execute().summary()).contains("enabled=false");
        assertThat(mails).isEmpty();
    }

    @Test
    void theExpirySummaryNamesTheCurrentHead() {
        OfficerNotification.mail(actionService, 2, 5, new TreeMap<>(Map.of("CV", 2L)), THREE);

        assertThat(mails).singleElement().satisfies(mail -> assertThat((String) mail.get(MailActionExecuter.PARAM_TEXT))
                .contains("CV: 2").contains("Current head of the audit log: entry 3, hash " + THREE.hash()));
    }
}
