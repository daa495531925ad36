package org.gdprretention.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.live.AcsClient.object;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live round trip of consent by e-mail: a personnel file of an English-speaking data subject, due for consent, is
 * found by the consent job, which mails the subject (caught by the compose stack's Mailpit); the mail's link opens
 * the English consent page without a login; "keep one more year" extends the retention by the type's period, which
 * the REST API shows with a CONSENT_GIVEN contact moment (channel SURVEY).
 *
 * <p>Needs {@code ACS_URL}, a repository whose consent job is on and runs often, announced by
 * {@code GDPR_IT_CONSENT_JOB=on} ({@code docker/smoke-test.sh} sets {@code gdpr-retention.job.consentRequests.enabled}
 * and a 15-second cron), and the Mailpit API at {@code MAILPIT_URL} (default {@code http://localhost:8025}) that
 * ACS's outbound mail goes to. Skipped otherwise. The token exists only in the mail, so the mail is the only way in.
 */
class ConsentRoundTripIT {

    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(90);
    /** The link as the mail shows it (the token is Base64URL: nothing in it needs escaping in HTML). */
    private static final Pattern LINK =
            Pattern.compile("(https?://[^\"'<>\\s]+/s/gdpr/consent\\?token=([A-Za-z0-9_-]{43}))");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private AcsClient acs;
    private String mailpit;
    private String folderId;

    @BeforeEach
    void setUp() {
        acs = AcsClient.fromEnvironment();
        Assumptions.assumeTrue("on".equals(System.getenv("GDPR_IT_CONSENT_JOB")),
                "GDPR_IT_CONSENT_JOB not on: the repository's consent job is not set up for this test");
        String url = System.getenv("MAILPIT_URL");
        mailpit = (url == null || url.isBlank() ? "http://localhost:8025" : url.trim()).replaceAll("/$", "");
        Assumptions.assumeTrue(mailpitAnswers(), "Mailpit not reachable at " + mailpit
                + " (MAILPIT_URL): the consent mail cannot be read");
        folderId = (String) acs.createFolderInHome("gdpr-it-consent").get("id");
    }

    @AfterEach
    void cleanUp() {
        if (acs != null && folderId != null) {
            acs.deletePermanently(folderId);
        }
    }

    @Test
    void theMailedLinkOpensTheEnglishPageAndAConsentExtendsTheRetentionByAYear() throws Exception {
        // given: a personnel file (two years after the relationship ends, extendable by a year, asked 30 days
        // ahead) that expires in 10 days, of a subject written to in English
        String address = "consent-it-" + System.nanoTime() + "@example.org";
        LocalDate relationshipEnd = LocalDate.now(ZoneOffset.UTC).minusYears(2).plusDays(10);
        String documentId = (String) acs.createChild(folderId, Map.of(
                "name", "personnel-file.txt",
                "nodeType", "cm:content",
                "aspectNames", List.of("gdpr:retainable", "gdpr:dataSubject"),
                "properties", Map.of("gdpr:retentionType", "PERSONNEL_FILE",
                        "gdpr:dataSubjectId", "E-" + System.nanoTime(),
                        "gdpr:dataSubjectEmail", address,
                        "gdpr:dataSubjectName", "Live Test",
                        "gdpr:dataSubjectLanguage", "en",
                        "gdpr:relationshipEnd", relationshipEnd.toString())))
                .expect(201).entry().get("id");
        Map<String, Object> before = retention(documentId);
        LocalDate expiry = LocalDate.parse((String) before.get("expiryDate"));
        assertThat(expiry).isEqualTo(relationshipEnd.plusYears(2));

        // when: the consent job has run and its mail arrived
        String[] messageId = new String[1];
        AcsClient.awaitTrue(MAIL_TIMEOUT, "a consent mail to " + address,
                () -> (messageId[0] = messageTo(address).orElse(null)) != null);
        Map<String, Object> mail = mailpit("/api/v1/message/" + messageId[0]);
        assertThat((String) mail.get("Subject")).startsWith("May we keep your data longer?");
        String html = (String) mail.get("HTML");
        assertThat(html).as("the mail's HTML part").isNotBlank().doesNotContain("personnel-file.txt");
        Matcher link = LINK.matcher(html);
        assertThat(link.find()).as("consent link in %s", html).isTrue();

        // then: the document was asked about, and the link opens the English page without a login
        assertThat(kinds(retention(documentId))).contains("CONSENT_REQUESTED");
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(link.group(1))).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"en\"", "May we keep your data one more year?")
                .doesNotContain("personnel-file.txt");

        // when: the subject keeps the documents one more year (the form posts back to the page's own address)
        HttpResponse<String> answered = send(HttpRequest.newBuilder(URI.create(link.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(link.group(2),
                        StandardCharsets.UTF_8) + "&lang=en&answer=consent")));

        // then: thanked, the retention runs a year longer, with the consent as a contact moment
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("Thank you", "We will keep these documents one more year");
        Map<String, Object> after = retention(documentId);
        assertThat(after.get("expiryDate")).isEqualTo(expiry.plusYears(1).toString());
        assertThat(after.get("extensionCount")).isEqualTo(1L);
        assertThat(after.get("consentStatus")).isEqualTo("GRANTED");
        Map<String, Object> given = AcsClient.array(after.get("contactMoments")).stream().map(AcsClient::object)
                .filter(moment -> "CONSENT_GIVEN".equals(moment.get("kind"))).findFirst().orElseThrow(
                        () -> new AssertionError("no CONSENT_GIVEN contact moment in " + after));
        assertThat(given.get("channel")).isEqualTo("SURVEY");
        assertThat(given.get("newExpiry")).isEqualTo(expiry.plusYears(1).toString());

        // and: the link is used up: the same neutral page, nothing changes
        HttpResponse<String> replayed = send(HttpRequest.newBuilder(URI.create(link.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(link.group(2),
                        StandardCharsets.UTF_8) + "&lang=en&answer=consent")));
        assertThat(replayed.body()).contains("This link can no longer be used");
        assertThat(retention(documentId).get("expiryDate")).isEqualTo(expiry.plusYears(1).toString());
    }

    private Map<String, Object> retention(String documentId) {
        return acs.get(RestApiIT.GDPR + "/retentions/" + documentId).expect(200).entry();
    }

    private static List<Object> kinds(Map<String, Object> retention) {
        Object moments = retention.get("contactMoments");
        return moments == null ? List.of()
                : AcsClient.array(moments).stream().map(moment -> object(moment).get("kind")).toList();
    }

    // --- Mailpit (https://mailpit.axllent.org/docs/api-v1/) ---------------------------------------------------------

    private boolean mailpitAnswers() {
        try {
            return send(HttpRequest.newBuilder(URI.create(mailpit + "/api/v1/info")).GET()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Optional<String> messageTo(String address) {
        Map<String, Object> found = mailpit("/api/v1/search?query="
                + URLEncoder.encode("to:\"" + address + "\"", StandardCharsets.UTF_8));
        Object messages = found.get("messages");
        if (messages == null || AcsClient.array(messages).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((String) object(AcsClient.array(messages).get(0)).get("ID"));
    }

    private Map<String, Object> mailpit(String path) {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(mailpit + path)).GET());
            return new AcsClient.Response("GET " + mailpit + path, response.statusCode(), response.body())
                    .expect(200).json();
        } catch (IOException e) {
            throw new AssertionError("Mailpit not reachable at " + mailpit + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while reading " + mailpit + path, e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
