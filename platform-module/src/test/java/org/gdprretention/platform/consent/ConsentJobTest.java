package org.gdprretention.platform.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.gdprretention.platform.consent.PageCall.call;
import static org.gdprretention.platform.consent.PageCall.params;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.repo.admin.RepositoryState;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.job.JobRunResult;
import org.gdprretention.platform.job.JobRunStatus;
import org.gdprretention.platform.job.LockingJobLockService;
import org.gdprretention.platform.job.SentMails;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testrepo.FakeTransactions;
import org.gdprretention.platform.testsupport.InlineBatchRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The consent job over an in-memory repository whose queries are answered as ACS's database answers them: one mail
 * per data subject for all their documents now due, the request stored with only the token's hash, a contact
 * moment on every document, a second run sends nothing, address problems go to the officers, and while switched
 * off it sends and writes nothing.
 */
class ConsentJobTest {

    static final Pattern TOKEN_IN_LINK = Pattern.compile("\\?token=([A-Za-z0-9_-]{43})$");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    final ConsentFixture fixture = new ConsentFixture();
    final FakeTransactions transactions = new FakeTransactions(fixture.repository);
    final ActionService actionService = mock(ActionService.class);
    final List<Map<String, Serializable>> mails = SentMails.capturedBy(actionService);
    final LockingJobLockService locks = new LockingJobLockService();

    @AfterEach
    void closeTransactions() {
        transactions.close();
    }

    ConsentJobExecuter executer(boolean enabled) {
        ConsentJobExecuter executer = new ConsentJobExecuter();
        wire(executer, enabled);
        return executer;
    }

    void wire(ConsentJobExecuter executer, boolean enabled) {
        executer.setJobLockService(locks);
        executer.setRepositoryState(new RepositoryState());
        executer.setSearchService(fixture.database.searchService());
        executer.setNodeService(fixture.nodeService);
        executer.setTransactionService(transactions.transactionService());
        executer.setBatchRunner(new InlineBatchRunner());
        executer.setDocuments(fixture.documents);
        executer.setStore(fixture.store);
        executer.setContactMomentWriter(fixture.contactMomentWriter);
        executer.setLifecycle(fixture.lifecycle);
        executer.setActionService(actionService);
        executer.setSysAdminParams(fixture.sysAdminParams);
        executer.setClock(new ConsentFixture.DelegatingClock(fixture));
        executer.setRandom(new SecureRandom());
        executer.setEnabled(enabled);
        executer.setPageSize(2);
        executer.setOrganisation(ConsentFixture.ORGANISATION);
        executer.setFrom("privacy@flex.example");
        executer.setPageUrl("");
        executer.setDefaultLocale("nl");
        executer.afterPropertiesSet();
    }

    @Test
    void eachDataSubjectGetsOneMailCoveringAllTheirDocumentsNowDue() {
        NodeRef profile = fixture.document("Arbeidscontract J. Jansen 2024.pdf", "CANDIDATE_PROFILE", TODAY.plusDays(10),
                "subject-1", "jan@example.org");
        NodeRef certificate = fixture.document("Scan getuigschrift J. Jansen.pdf", "CERTIFICATE", TODAY.plusDays(20),
                "subject-1", "JAN@example.org");
        NodeRef other = fixture.document("Profiel Piet Pieters.pdf", "PERSONNEL_FILE", TODAY.plusDays(30),
                "subject-2", "piet@example.org");
        NodeRef notDue = fixture.document("Later.pdf", "CERTIFICATE", TODAY.plusDays(31), "subject-3",
                "klaas@example.org");

        JobRunResult result = executer(true).execute();

        assertThat(result.status()).isEqualTo(JobRunStatus.COMPLETED);
        assertThat(consentMails()).extracting(mail -> mail.get(MailActionExecuter.PARAM_TO))
                .containsExactlyInAnyOrder("jan@example.org", "piet@example.org");
        Map<String, Serializable> jan = mailTo("jan@example.org");
        assertThat(jan).containsEntry(MailActionExecuter.PARAM_TEMPLATE, ConsentMail.TEMPLATE_NL)
                .containsEntry(MailActionExecuter.PARAM_SEND_AFTER_COMMIT, Boolean.FALSE)
                .containsEntry(MailActionExecuter.PARAM_FROM, "privacy@flex.example")
                .containsEntry(MailActionExecuter.PARAM_LOCALE, ConsentLanguages.DUTCH);
        Map<?, ?> model = (Map<?, ?>) jan.get(MailActionExecuter.PARAM_TEMPLATE_MODEL);
        assertThat((Collection<?>) model.get("documents")).hasSize(2);
        assertThat(model.toString()).doesNotContain("Arbeidscontract", "getuigschrift", "J. Jansen", ".pdf");
        assertThat((String) model.get("consentLink")).startsWith("https://dms.example.org/alfresco/s/gdpr/consent?token=");
        for (NodeRef document : List.of(profile, certificate, other)) {
            assertThat(fixture.momentKinds(document)).containsExactly("CONSENT_REQUESTED");
            assertThat(fixture.nodeService.getProperty(document, RetentionModel.PROP_CONSENT_STATUS))
                    .isEqualTo("REQUESTED");
            assertThat(fixture.date(document, RetentionModel.PROP_CONSENT_REQUESTED_FOR))
                    .isEqualTo(fixture.date(document, RetentionModel.PROP_EXPIRY_DATE));
        }
        assertThat(fixture.momentKinds(notDue)).isEmpty();
        assertThat(fixture.consentRequests()).hasSize(2);
    }

    @Test
    void theLinkOpensTheStoredRequestWhichKeepsOnlyTheHashUntilTheEarliestExpiryEnds() {
        NodeRef profile = fixture.document("Arbeidscontract J. Jansen 2024.pdf", "CANDIDATE_PROFILE", TODAY.plusDays(10),
                "subject-1", "jan@example.org");
        NodeRef certificate = fixture.document("Scan getuigschrift J. Jansen.pdf", "CERTIFICATE", TODAY.plusDays(20),
                "subject-1", "jan@example.org");

        executer(true).execute();

        String token = tokenOf(mailTo("jan@example.org"));
        OpenConsentRequest request = fixture.store.findOpen(token, ConsentFixture.NOW).orElseThrow();
        assertThat(request.documents()).containsExactlyInAnyOrder(profile, certificate);
        assertThat(request.subjectId()).isEqualTo("subject-1");
        assertThat(request.expiresAt()).isEqualTo(
                RepositoryDates.toDate(TODAY.plusDays(11), ConsentFixture.ZONE).toInstant().minusMillis(1));
        assertThat(fixture.nodeService.getProperties(request.node()).values())
                .noneMatch(value -> String.valueOf(value).contains(token))
                .contains(ConsentToken.hash(token));
    }

    @Test
    void aSecondRunSendsNothingTwice() {
        NodeRef profile = fixture.document("Arbeidscontract J. Jansen 2024.pdf", "CANDIDATE_PROFILE", TODAY.plusDays(10),
                "subject-1", "jan@example.org");
        fixture.document("Profiel Piet Pieters.pdf", "PERSONNEL_FILE", TODAY.plusDays(30), "subject-2",
                "piet@example.org");
        ConsentJobExecuter executer = executer(true);
        executer.execute();

        fixture.clock = java.time.Clock.fixed(ConsentFixture.NOW.plusSeconds(86_400), java.time.ZoneOffset.UTC);
        ConsentRun second = executer.run(() -> false);

        assertThat(second.planned()).isZero();
        assertThat(consentMails()).hasSize(2);
        assertThat(fixture.consentRequests()).hasSize(2);
        assertThat(fixture.momentKinds(profile)).containsExactly("CONSENT_REQUESTED");
    }

    @Test
    void anUnansweredRequestExpiresAfterItsLastDayAndItsHashIsCleared() {
        fixture.document("Arbeidscontract J. Jansen 2024.pdf", "CANDIDATE_PROFILE", TODAY.plusDays(10), "subject-1",
                "jan@example.org");
        ConsentJobExecuter executer = executer(true);
        executer.execute();
        String token = tokenOf(mailTo("jan@example.org"));
        NodeRef request = fixture.consentRequests().get(0);

        fixture.clock = java.time.Clock.fixed(at(TODAY.plusDays(10)), java.time.ZoneOffset.UTC);
        assertThat(executer.run(() -> false).expired()).as("on its last day it is still open").isZero();
        fixture.clock = java.time.Clock.fixed(at(TODAY.plusDays(11)), java.time.ZoneOffset.UTC);
        ConsentRun run = executer.run(() -> false);

        assertThat(run.expired()).isEqualTo(1);
        assertThat(fixture.nodeService.getProperty(request, RetentionModel.PROP_CONSENT_REQUEST_STATE))
                .isEqualTo("EXPIRED");
        assertThat(fixture.nodeService.getProperty(request, RetentionModel.PROP_CONSENT_TOKEN_HASH)).isNull();
        assertThat(fixture.store.findOpen(token, at(TODAY.plusDays(5)))).isEmpty();
    }

    @Test
    void subjectsWithoutAUsableAddressAreListedToTheOfficersNotMailed() {
        NodeRef none = fixture.document("A.pdf", "CANDIDATE_PROFILE", TODAY.plusDays(5), "subject-4", null);
        NodeRef invalid = fixture.document("B.pdf", "CANDIDATE_PROFILE", TODAY.plusDays(5), "subject-5", "jan@");
        NodeRef first = fixture.document("C.pdf", "CANDIDATE_PROFILE", TODAY.plusDays(5), "subject-6",
                "one@example.org");
        NodeRef second = fixture.document("D.pdf", "CERTIFICATE", TODAY.plusDays(6), "subject-6", "two@example.org");
        fixture.document("E.pdf", "CERTIFICATE", TODAY.plusDays(6), "subject-7", "ok@example.org");

        ConsentRun run = executer(true).run(() -> false);

        assertThat(run.addressProblems()).isEqualTo(4);
        assertThat(run.notified()).isTrue();
        assertThat(consentMails()).extracting(mail -> mail.get(MailActionExecuter.PARAM_TO))
                .containsExactly("ok@example.org");
        List<Map<String, Serializable>> officers = mails.stream()
                .filter(mail -> mail.containsKey(MailActionExecuter.PARAM_TO_MANY)).toList();
        assertThat(officers).singleElement().satisfies(mail -> {
            assertThat(all((List<?>) mail.get(MailActionExecuter.PARAM_TO_MANY))).containsExactly("GROUP_GDPR_OFFICERS");
            assertThat((String) mail.get(MailActionExecuter.PARAM_TEXT)).contains(
                    none + "  NO_EMAIL", invalid + "  INVALID_EMAIL", first + "  CONFLICTING_EMAIL",
                    second + "  CONFLICTING_EMAIL").doesNotContain("@example.org", ".pdf");
        });
        for (NodeRef document : List.of(none, invalid, first, second)) {
            assertThat(fixture.momentKinds(document)).isEmpty();
        }
        assertThat(fixture.consentRequests()).hasSize(1);
    }

    @Test
    void documentsTheEngineWillNotExtendAreNotAskedAbout() {
        NodeRef held = fixture.document("Held.pdf", "CANDIDATE_PROFILE", TODAY.plusDays(10), "subject-1",
                "jan@example.org");
        fixture.nodeService.addAspect(held, RetentionModel.ASPECT_LEGAL_HOLD,
                new java.util.HashMap<>(Map.of(RetentionModel.PROP_HOLD_REASON, "court case")));
        NodeRef fixedTerm = fixture.document("Payslip.pdf", "PAYROLL", TODAY.plusDays(10), "subject-1",
                "jan@example.org");
        NodeRef asked = fixture.document("Profile.pdf", "CANDIDATE_PROFILE", TODAY.plusDays(12), "subject-1",
                "jan@example.org");

        executer(true).execute();

        assertThat(fixture.momentKinds(held)).isEmpty();
        assertThat(fixture.momentKinds(fixedTerm)).isEmpty();
        assertThat(fixture.momentKinds(asked)).containsExactly("CONSENT_REQUESTED");
        assertThat((Collection<?>) ((Map<?, ?>) mailTo("jan@example.org")
                .get(MailActionExecuter.PARAM_TEMPLATE_MODEL)).get("documents")).hasSize(1);
    }

    @Test
    void whileSwitchedOffTheJobOnlyPlansAndSendsAndWritesNothing() {
        fixture.document("Arbeidscontract J. Jansen 2024.pdf", "CANDIDATE_PROFILE", TODAY.plusDays(10), "subject-1",
                "jan@example.org");
        fixture.document("X.pdf", "CANDIDATE_PROFILE", TODAY.plusDays(10), "subject-9", null);
        clearInvocations(fixture.nodeService);

        ConsentRun run = executer(false).run(() -> false);

        assertThat(run.dryRun()).isTrue();
        assertThat(run.planned()).isEqualTo(1);
        assertThat(run.addressProblems()).isEqualTo(1);
        assertThat(mails).isEmpty();
        ConsentPageTest.verifyNoWrites(fixture.nodeService);
        assertThat(run.summary()).startsWith("DRY RUN: planned 1 request(s) for 1 document(s)");
    }

    @Test
    void aStopRequestBeforeTheMailsSendsNothing() {
        fixture.document("Arbeidscontract J. Jansen 2024.pdf", "CANDIDATE_PROFILE", TODAY.plusDays(10), "subject-1",
                "jan@example.org");

        ConsentRun run = executer(true).run(() -> true);

        assertThat(run.complete()).isFalse();
        assertThat(consentMails()).isEmpty();
    }

    @Test
    void anOrganisationIsRequired() {
        ConsentJobExecuter executer = executer(true);
        executer.setOrganisation(" ");

        org.assertj.core.api.Assertions.assertThatThrownBy(executer::afterPropertiesSet)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gdpr-retention.consent.organisation");
    }

    // The data subject's language (gdpr:subjectLanguage) chooses the mail, the language stored on the request and
    // so the page the link opens; no language, one the mails do not exist in, or documents that disagree: the
    // default (gdpr-retention.consent.defaultLocale).

    @Test
    void anEnglishSpeakingSubjectGetsTheEnglishMailAndPageAndADutchSpeakingOneTheDutch() throws Exception {
        inLanguage(fixture.document("Contract.pdf", "CANDIDATE_PROFILE", TODAY.plusDays(10), "subject-1",
                "jan@example.org"), "en-GB");
        inLanguage(fixture.document("Profiel.pdf", "PERSONNEL_FILE", TODAY.plusDays(20), "subject-2",
                "piet@example.org"), "nl");

        executer(true).execute();

        Map<String, Serializable> english = mailTo("jan@example.org");
        assertThat(english).containsEntry(MailActionExecuter.PARAM_TEMPLATE, ConsentMail.TEMPLATE_EN)
                .containsEntry(MailActionExecuter.PARAM_LOCALE, Locale.ENGLISH)
                .containsEntry(MailActionExecuter.PARAM_SUBJECT, ConsentMail.subject(false, ConsentFixture.ORGANISATION));
        assertThat(String.valueOf(model(english).get("answerBefore"))).isEqualTo("June 11, 2026");
        Map<String, Serializable> dutch = mailTo("piet@example.org");
        assertThat(dutch).containsEntry(MailActionExecuter.PARAM_TEMPLATE, ConsentMail.TEMPLATE_NL)
                .containsEntry(MailActionExecuter.PARAM_LOCALE, ConsentLanguages.DUTCH);
        assertThat(String.valueOf(model(dutch).get("answerBefore"))).isEqualTo("21 juni 2026");

        assertThat(storedLocale("subject-1")).isEqualTo("en");
        assertThat(storedLocale("subject-2")).isEqualTo("nl");
        ConsentPage page = ConsentPageTest.page(fixture, false);
        assertThat(call(page, params("token", tokenOf(english))).body())
                .contains("lang=\"en\"", "May we keep your data one more year?");
        assertThat(call(page, params("token", tokenOf(dutch))).body())
                .contains("lang=\"nl\"", "Mogen wij uw gegevens een jaar langer bewaren?");
    }

    @Test
    void withoutAUsableOrAgreedLanguageTheMailGoesOutInTheDefault() {
        fixture.document("A.pdf", "CANDIDATE_PROFILE", TODAY.plusDays(10), "subject-1", "none@example.org");
        inLanguage(fixture.document("B.pdf", "CANDIDATE_PROFILE", TODAY.plusDays(10), "subject-2",
                "german@example.org"), "de");
        inLanguage(fixture.document("C.pdf", "CANDIDATE_PROFILE", TODAY.plusDays(10), "subject-3",
                "both@example.org"), "en");
        inLanguage(fixture.document("D.pdf", "CERTIFICATE", TODAY.plusDays(12), "subject-3", "both@example.org"),
                "nl");
        ConsentJobExecuter executer = executer(true);
        executer.setDefaultLocale("en");

        executer.execute();

        assertThat(consentMails()).hasSize(3).allSatisfy(mail -> assertThat(mail)
                .containsEntry(MailActionExecuter.PARAM_TEMPLATE, ConsentMail.TEMPLATE_EN));
        assertThat(storedLocale("subject-3")).isEqualTo("en");
    }

    private NodeRef inLanguage(NodeRef document, String language) {
        fixture.nodeService.setProperty(document, RetentionModel.PROP_SUBJECT_LANGUAGE, language);
        return document;
    }

    private String storedLocale(String subjectId) {
        return fixture.consentRequests().stream()
                .filter(request -> subjectId.equals(fixture.nodeService.getProperty(request,
                        RetentionModel.PROP_CONSENT_SUBJECT_ID)))
                .map(request -> String.valueOf(fixture.nodeService.getProperty(request,
                        RetentionModel.PROP_CONSENT_LOCALE)))
                .findFirst().orElseThrow();
    }

    private static Map<?, ?> model(Map<String, Serializable> mail) {
        return (Map<?, ?>) mail.get(MailActionExecuter.PARAM_TEMPLATE_MODEL);
    }

    List<Map<String, Serializable>> consentMails() {
        return mails.stream().filter(mail -> mail.containsKey(MailActionExecuter.PARAM_TO)).toList();
    }

    Map<String, Serializable> mailTo(String address) {
        return consentMails().stream().filter(mail -> address.equals(mail.get(MailActionExecuter.PARAM_TO)))
                .findFirst().orElseThrow();
    }

    static String tokenOf(Map<String, Serializable> mail) {
        String link = (String) ((Map<?, ?>) mail.get(MailActionExecuter.PARAM_TEMPLATE_MODEL)).get("consentLink");
        Matcher matcher = TOKEN_IN_LINK.matcher(link);
        assertThat(matcher.find()).as("token in %s", link).isTrue();
        return matcher.group(1);
    }

    static List<String> all(Collection<?> values) {
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(String.valueOf(value)));
        return texts;
    }

    static Instant at(LocalDate date) {
        return RepositoryDates.toDate(date, ConsentFixture.ZONE).toInstant();
    }
}
