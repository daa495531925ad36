package org.gdprretention.platform.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.consent.PageCall.call;
import static org.gdprretention.platform.consent.PageCall.params;
import static org.mockito.Mockito.mock;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alfresco.repo.admin.RepositoryState;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.platform.batch.BatchRunner;
import org.gdprretention.platform.job.LockingJobLockService;
import org.gdprretention.platform.testrepo.FakeTransactions;
import org.alfresco.repo.batch.BatchProcessWorkProvider;
import org.alfresco.repo.batch.BatchProcessor.BatchProcessWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End to end through a real SMTP server: the job's mail action parameters, handed to a stand-in of ACS's mail
 * action, arrive as one HTML e-mail per data subject after the batch commits, and the link in it opens the
 * consent page, whose answer extends the documents.
 */
class ConsentMailDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Pattern LINK = Pattern.compile("href=\"(https://dms\\.example\\.org/alfresco/s/gdpr/consent"
            + "\\?token=([A-Za-z0-9_-]{43}))\"");

    private final ConsentFixture fixture = new ConsentFixture();
    private final FakeTransactions transactions = new FakeTransactions(fixture.repository);
    private final ActionService actionService = mock(ActionService.class);

    @AfterEach
    void closeTransactions() {
        transactions.close();
    }

    @Test
    void theConsentMailArrivesAsHtmlAfterCommitAndItsLinkLetsTheSubjectConsent() throws Exception {
        new AcsMailAction("127.0.0.1", SMTP.getSmtp().getPort()).serve(actionService);
        LocalDate today = LocalDate.of(2026, 6, 1);
        NodeRef profile = fixture.document("Arbeidscontract J. Jansen.pdf", "CANDIDATE_PROFILE", today.plusDays(10),
                "subject-1", "jan@example.org");
        NodeRef certificate = fixture.document("Getuigschrift J. Jansen.pdf", "CERTIFICATE", today.plusDays(20),
                "subject-1", "jan@example.org");
        fixture.document("Profiel P. Pieters.pdf", "PERSONNEL_FILE", today.plusDays(25), "subject-2",
                "piet@example.org");

        job().execute();

        assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage jan = SMTP.getReceivedMessagesForDomain("example.org")[0].getAllRecipients()[0].toString()
                .equals("jan@example.org") ? received[0] : received[1];
        assertThat(jan.getAllRecipients()[0].toString()).isEqualTo("jan@example.org");
        assertThat(jan.getFrom()[0].toString()).isEqualTo("privacy@flex.example");
        assertThat(jan.getSubject()).isEqualTo("Mogen wij uw gegevens langer bewaren? - " + ConsentFixture.ORGANISATION);
        assertThat(jan.getContentType()).startsWith("text/html");
        String body = GreenMailUtil.getBody(jan).replace("=\r\n", "").replace("=3D", "=");
        assertThat(body).contains("Beste Jan Jansen", "Ingeschreven kandidaatprofiel", "11 juni 2026",
                "Flex &amp; Co &lt;Uitzendbureau&gt;").doesNotContain("J. Jansen.pdf", "Arbeidscontract");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("consent link in %s", body).isTrue();

        ConsentPage answer = ConsentPageTest.page(fixture, true);
        String page = call(answer, params("token", link.group(2), "answer", "consent")).body();

        assertThat(page).contains("Dank u wel");
        assertThat(fixture.momentKinds(profile)).containsExactly("CONSENT_REQUESTED", "CONSENT_GIVEN");
        assertThat(fixture.momentKinds(certificate)).containsExactly("CONSENT_REQUESTED", "CONSENT_GIVEN");
    }

    /**
     * With the mail server down: ACS's mail action throws (AlfrescoRuntimeException "Failed to send email"), and
     * ACS's BatchProcessor logs that entry's error and commits the rest of its batch. After commit nothing could undo
     * the record, so the mail goes out before anything is recorded: a request whose mail failed leaves no trace
     * (no request node, no CONSENT_REQUESTED moment, no "requested for this expiry" mark) and the next run asks again.
     */
    @Test
    void aMailServerThatIsDownRecordsNoRequestAndTheNextRunAsksAgain() throws Exception {
        AcsMailAction down = new AcsMailAction("127.0.0.1", closedPort());
        down.serve(actionService);
        LocalDate today = LocalDate.of(2026, 6, 1);
        NodeRef profile = fixture.document("Arbeidscontract J. Jansen.pdf", "CANDIDATE_PROFILE", today.plusDays(10),
                "subject-1", "jan@example.org");

        job().execute();

        assertThat(down.failedAfterCommit).isZero();
        assertThat(fixture.momentKinds(profile)).isEmpty();
        assertThat(transactions.transactionService().getRetryingTransactionHelper()
                .doInTransaction(() -> fixture.store.openRequests(), true, true)).isEmpty();

        new AcsMailAction("127.0.0.1", SMTP.getSmtp().getPort()).serve(actionService);
        job().execute();

        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(SMTP.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("jan@example.org");
        assertThat(fixture.momentKinds(profile)).containsExactly("CONSENT_REQUESTED");
    }

    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private ConsentJobExecuter job() {
        ConsentJobExecuter executer = new ConsentJobExecuter();
        executer.setJobLockService(new LockingJobLockService());
        executer.setRepositoryState(new RepositoryState());
        executer.setSearchService(fixture.database.searchService());
        executer.setNodeService(fixture.nodeService);
        executer.setTransactionService(transactions.transactionService());
        executer.setBatchRunner(new TransactionalBatchRunner(transactions));
        executer.setDocuments(fixture.documents);
        executer.setStore(fixture.store);
        executer.setContactMomentWriter(fixture.contactMomentWriter);
        executer.setLifecycle(fixture.lifecycle);
        executer.setActionService(actionService);
        executer.setSysAdminParams(fixture.sysAdminParams);
        executer.setClock(new ConsentFixture.DelegatingClock(fixture));
        executer.setEnabled(true);
        executer.setOrganisation(ConsentFixture.ORGANISATION);
        executer.setFrom("privacy@flex.example");
        executer.setDefaultLocale("nl");
        executer.afterPropertiesSet();
        return executer;
    }

    /**
     * Each entry in its own read-write transaction, as BatchProcessor runs a batch (of one, here); like
     * BatchProcessor, an entry that throws (other than for a retry) is counted as an error and what the
     * transaction wrote is committed all the same.
     */
    static final class TransactionalBatchRunner implements BatchRunner {
        private final FakeTransactions transactions;

        TransactionalBatchRunner(FakeTransactions transactions) {
            this.transactions = transactions;
        }

        @Override
        public <T> BatchOutcome run(String processName, BatchProcessWorkProvider<T> workProvider,
                BatchProcessWorker<T> worker) {
            long processed = 0;
            long[] errors = {0};
            for (Collection<T> page = workProvider.getNextWork(); !page.isEmpty(); page = workProvider.getNextWork()) {
                for (T entry : page) {
                    transactions.transactionService().getRetryingTransactionHelper().doInTransaction(() -> {
                        worker.beforeProcess();
                        try {
                            worker.process(entry);
                        } catch (RuntimeException e) {
                            errors[0]++;
                        } finally {
                            worker.afterProcess();
                        }
                        return null;
                    }, false, true);
                    processed++;
                }
            }
            return new BatchOutcome(processed - errors[0], errors[0]);
        }
    }
}
