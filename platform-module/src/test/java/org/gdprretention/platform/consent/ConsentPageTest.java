package org.gdprretention.platform.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.consent.PageCall.call;
import static org.gdprretention.platform.consent.PageCall.params;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Random;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.model.RetentionModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public consent page: what a data subject sees and what an answer records, and that every token that does not
 * open an open request (forged, mutated, replayed, expired) gets the same page and changes nothing.
 */
class ConsentPageTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 6, 20);

    private final ConsentFixture fixture = new ConsentFixture();
    private final ConsentPage show = page(false);
    private final ConsentPage answer = page(true);
    private final String token = ConsentToken.generate(new SecureRandom());
    private NodeRef profile;
    private NodeRef certificate;
    private NodeRef request;

    @BeforeEach
    void openRequest() {
        profile = fixture.document("Contract Jan Jansen.pdf", "CANDIDATE_PROFILE", EXPIRY, "subject-1",
                "jan@example.org");
        certificate = fixture.document("Diploma Jan Jansen.pdf", "CERTIFICATE", EXPIRY.plusDays(10), "subject-1",
                "jan@example.org");
        request = fixture.openRequest(token, EXPIRY, profile, certificate);
    }

    @Test
    void theLinkShowsTheKindsOfDocumentAndTheirExpiryInTheMailsLanguageNeverTheirNames() throws IOException {
        PageCall.Response response = call(show, params("token", token));

        String html = response.body();
        assertThat(html).contains("lang=\"nl\"", "Mogen wij uw gegevens een jaar langer bewaren?",
                "Ingeschreven kandidaatprofiel (Template candidate_profile)", "20 juni 2026",
                "Diploma&#39;s en certificaten (Template certificate)", "30 juni 2026",
                "Een jaar langer bewaren", "Verwijderen na afloop",
                "<input type=\"hidden\" name=\"token\" value=\"" + token + "\"/>",
                "<form method=\"post\">")
                .doesNotContain("Contract Jan Jansen", "Diploma Jan Jansen", "Jan Jansen", "<script");
        assertThat(response.headers).containsEntry("Cache-Control", "no-store")
                .containsEntry("Referrer-Policy", "no-referrer");
        assertThat(response.contentType).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void theSubjectCanSwitchToEnglish() throws IOException {
        String html = call(show, params("token", token, "lang", "en")).body();

        assertThat(html).contains("lang=\"en\"", "May we keep your data one more year?",
                "Registered candidate profile", "June 20, 2026", "Keep one more year", "Delete on expiry",
                "name=\"lang\" value=\"nl\">Nederlands");
    }

    @Test
    void everyValueIsHtmlEscaped() throws IOException {
        String html = call(show, params("token", token)).body();

        assertThat(html).contains("Flex &amp; Co &lt;Uitzendbureau&gt;").doesNotContain("<Uitzendbureau>");
    }

    @Test
    void showingThePageChangesNothing() throws IOException {
        clearInvocations(fixture.nodeService);

        call(show, params("token", token));

        verifyNoWrites(fixture.nodeService);
        assertThat(fixture.store.findOpen(token, ConsentFixture.NOW)).isPresent();
    }

    @Test
    void consentExtendsEveryDocumentOnceRecordsItAndClosesTheRequest() throws IOException {
        String html = call(answer, params("token", token, "answer", "consent")).body();

        assertThat(html).contains("Dank u wel", "Wij bewaren deze documenten een jaar langer.");
        for (NodeRef document : new NodeRef[] {profile, certificate}) {
            assertThat(fixture.momentKinds(document)).containsExactly("CONSENT_GIVEN");
            assertThat(fixture.grantedExtensions(document)).containsExactly("P1Y");
            assertThat(fixture.nodeService.getProperty(document, RetentionModel.PROP_CONSENT_STATUS))
                    .isEqualTo("GRANTED");
            verify(fixture.retentionApplier).recompute(document);
        }
        assertThat(fixture.nodeService.getProperty(request, RetentionModel.PROP_CONSENT_REQUEST_STATE))
                .isEqualTo("ANSWERED_CONSENT");
        assertThat(fixture.nodeService.getProperty(request, RetentionModel.PROP_CONSENT_TOKEN_HASH)).isNull();
        assertThat(fixture.nodeService.getProperty(request, ContentModel.PROP_NAME))
                .isNotEqualTo(ConsentToken.hash(token));
        assertThat(fixture.store.findOpen(token, ConsentFixture.NOW)).isEmpty();
    }

    @Test
    void aMomentOfConsentCarriesTheSubjectTheSurveyChannelAndTheOldAndNewExpiry() throws IOException {
        call(answer, params("token", token, "answer", "consent"));

        NodeRef moment = fixture.nodeService.getChildAssocs(profile,
                java.util.Set.of(RetentionModel.TYPE_CONTACT_MOMENT)).get(0).getChildRef();
        assertThat(fixture.nodeService.getProperty(moment, RetentionModel.PROP_MOMENT_ACTOR)).isEqualTo("subject-1");
        assertThat(fixture.nodeService.getProperty(moment, RetentionModel.PROP_MOMENT_CHANNEL)).isEqualTo("SURVEY");
        assertThat(fixture.date(moment, RetentionModel.PROP_MOMENT_OLD_EXPIRY)).isEqualTo(EXPIRY);
        assertThat(fixture.date(moment, RetentionModel.PROP_MOMENT_NEW_EXPIRY)).isEqualTo(EXPIRY.plusYears(1));
    }

    @Test
    void aRefusalIsRecordedOnEveryDocumentAndExtendsNothing() throws IOException {
        String html = call(answer, params("token", token, "answer", "refuse")).body();

        assertThat(html).contains("Wij verwijderen deze documenten als hun bewaartermijn afloopt.");
        for (NodeRef document : new NodeRef[] {profile, certificate}) {
            assertThat(fixture.momentKinds(document)).containsExactly("CONSENT_REFUSED");
            assertThat(fixture.grantedExtensions(document)).isEmpty();
            assertThat(fixture.nodeService.getProperty(document, RetentionModel.PROP_CONSENT_STATUS))
                    .isEqualTo("REFUSED");
        }
        verifyNoInteractions(fixture.retentionApplier);
        assertThat(fixture.nodeService.getProperty(request, RetentionModel.PROP_CONSENT_REQUEST_STATE))
                .isEqualTo("ANSWERED_REFUSAL");
    }

    @Test
    void aPostWithoutEitherAnswerRecordsNothingAndAsksAgain() throws IOException {
        clearInvocations(fixture.nodeService);

        String html = call(answer, params("token", token, "answer", "maybe")).body();

        assertThat(html).contains("Een jaar langer bewaren");
        verifyNoWrites(fixture.nodeService);
    }

    @Test
    void aReplayedTokenGetsTheNeutralPageAndChangesNothing() throws IOException {
        call(answer, params("token", token, "answer", "consent"));
        String neutral = call(answer, params("token", forged(new Random(1)), "answer", "consent")).whole();
        clearInvocations(fixture.nodeService, fixture.retentionApplier);

        PageCall.Response replayed = call(answer, params("token", token, "answer", "refuse"));
        PageCall.Response shownAgain = call(show, params("token", token));

        assertThat(replayed.whole()).isEqualTo(neutral);
        assertThat(shownAgain.whole()).isEqualTo(neutral);
        assertThat(neutral).contains("Deze link kan niet meer worden gebruikt").doesNotContain("Een jaar langer");
        verifyNoWrites(fixture.nodeService);
        verifyNoInteractions(fixture.retentionApplier);
        assertThat(fixture.momentKinds(profile)).containsExactly("CONSENT_GIVEN");
    }

    @Test
    void theTokenWorksThroughItsLastDayAndNotAMillisecondLonger() throws IOException {
        String neutral = call(answer, params("token", forged(new Random(2)), "answer", "consent")).whole();
        java.time.Instant lastMoment = RepositoryDates.toDate(EXPIRY.plusDays(1), ConsentFixture.ZONE).toInstant()
                .minusMillis(1);

        fixture.clock = Clock.fixed(lastMoment.plusMillis(1), ZoneOffset.UTC);
        clearInvocations(fixture.nodeService);
        assertThat(call(show, params("token", token)).whole()).isEqualTo(neutral);
        assertThat(call(answer, params("token", token, "answer", "consent")).whole()).isEqualTo(neutral);
        verifyNoWrites(fixture.nodeService);

        fixture.clock = Clock.fixed(lastMoment, ZoneOffset.UTC);
        assertThat(call(answer, params("token", token, "answer", "consent")).body()).contains("Dank u wel");
    }

    @Test
    void aHundredThousandForgedOrMutatedTokensAreAllRefusedAlikeAndChangeNothing() throws IOException {
        Random random = new Random(20260601L);
        String neutral = call(answer, params("token", forged(random), "answer", "consent")).whole();
        clearInvocations(fixture.nodeService, fixture.retentionApplier);
        int accepted = 0;

        for (int i = 0; i < 100_000; i++) {
            String candidate = switch (i % 4) {
                case 0 -> forged(random);
                case 1, 2 -> mutated(token, random);
                default -> malformed(token, random, i);
            };
            if (candidate != null && candidate.equals(token)) {
                continue;
            }
            PageCall.Response response = call(i % 2 == 0 ? answer : show,
                    params("token", candidate, "answer", "consent"));
            if (!response.whole().equals(neutral)) {
                accepted++;
            }
        }

        assertThat(accepted).isZero();
        verifyNoWrites(fixture.nodeService);
        verifyNoInteractions(fixture.retentionApplier);
        // and the real token still opens the request: the refusals above were not a broken page
        assertThat(call(answer, params("token", token, "answer", "consent")).body()).contains("Dank u wel");
    }

    private ConsentPage page(boolean answering) {
        return page(fixture, answering);
    }

    static ConsentPage page(ConsentFixture fixture, boolean answering) {
        return page(fixture, answering, ConsentFixture.ORGANISATION);
    }

    static ConsentPage page(ConsentFixture fixture, boolean answering, String organisation) {
        ConsentPage page = new ConsentPage();
        page.setStore(fixture.store);
        page.setDocuments(fixture.documents);
        page.setDecision(fixture.decision);
        page.setClock(new ConsentFixture.DelegatingClock(fixture));
        page.setOrganisation(organisation);
        page.setDefaultLocale("nl");
        page.setAnswering(answering);
        page.afterPropertiesSet();
        return page;
    }

    static void verifyNoWrites(NodeService nodeService) {
        verify(nodeService, never()).createNode(any(), any(), any(), any(), anyMap());
        verify(nodeService, never()).createNode(any(), any(), any(), any());
        verify(nodeService, never()).addProperties(any(), anyMap());
        verify(nodeService, never()).setProperties(any(), anyMap());
        verify(nodeService, never()).setProperty(any(), any(), any());
        verify(nodeService, never()).removeProperty(any(), any());
        verify(nodeService, never()).addAspect(any(), any(), anyMap());
        verify(nodeService, never()).removeAspect(any(), any());
        verify(nodeService, never()).deleteNode(any());
    }

    private static String forged(Random random) {
        byte[] bytes = new byte[ConsentToken.BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The real token with one to three characters changed (case included) within the Base64URL alphabet. */
    private static String mutated(String token, Random random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char[] chars = token.toCharArray();
        int changes = 1 + random.nextInt(3);
        for (int c = 0; c < changes; c++) {
            int at = random.nextInt(chars.length);
            char replacement;
            do {
                replacement = alphabet.charAt(random.nextInt(alphabet.length()));
            } while (replacement == chars[at]);
            chars[at] = replacement;
        }
        return new String(chars);
    }

    /** Shapes that are not a token at all: truncated, extended, padded, other alphabets, the hash, nothing. */
    private static String malformed(String token, Random random, int i) {
        return switch ((i / 4) % 9) {
            case 0 -> token.substring(0, random.nextInt(token.length()));
            case 1 -> token + "A";
            case 2 -> token + "=";
            case 3 -> token.replace(token.charAt(random.nextInt(token.length())), '+');
            case 4 -> ConsentToken.hash(token);
            case 5 -> " " + token;
            case 6 -> "";
            case 7 -> null;
            default -> token.substring(0, 42) + "\u00e9";
        };
    }
}
