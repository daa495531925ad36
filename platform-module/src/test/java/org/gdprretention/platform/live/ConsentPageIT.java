package org.gdprretention.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live: the public consent page answers without any login, with the headers that keep the token out of caches and
 * referrers, and a token that opens no request gets the neutral page on GET and POST alike. Needs {@code ACS_URL}.
 */
class ConsentPageIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String page;

    @BeforeEach
    void connect() {
        String url = System.getenv("ACS_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), AcsClient.SKIP_MESSAGE);
        page = url.trim().replaceAll("/$", "") + "/s/gdpr/consent";
    }

    @Test
    void aForgedTokenGetsTheNeutralPageWithoutLoginAndWithNoStoreAndNoReferrer() throws Exception {
        String forged = forged();

        HttpResponse<String> shown = send(HttpRequest.newBuilder(URI.create(page + "?token=" + forged + "&lang=en"))
                .GET());
        HttpResponse<String> answered = send(HttpRequest.newBuilder(URI.create(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(forged, StandardCharsets.UTF_8)
                        + "&answer=consent&lang=en")));

        for (HttpResponse<String> response : java.util.List.of(shown, answered)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("text/html"));
            assertThat(response.body()).contains("This link can no longer be used").doesNotContain(forged);
        }
        assertThat(answered.body()).isEqualTo(shown.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String forged() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
