package org.gdprretention.share.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser fixture's own check after each test, without a browser: a write that Share's CSRF filter would refuse
 * fails the test that made it; a write with the page's token passes.
 */
class BrowserFixtureTest {

    @TempDir
    Path yui;

    private final FakeGdprApi api = new FakeGdprApi(BrowserFixture.DOCUMENTS);
    private ShareStub share;

    @AfterEach
    void stop() {
        if (share != null) {
            share.close();
        }
    }

    @Test
    void aWriteWithoutThePagesTokenFailsTheTest() throws Exception {
        share = new ShareStub(api, yui);

        int status = post(null);

        assertThat(status).isEqualTo(403);
        assertThatThrownBy(() -> BrowserFixture.assertEveryWriteCarriedTheToken(share, api))
                .isInstanceOf(AssertionError.class).hasMessageContaining("POST " + ShareStub.API + "/purges");
    }

    @Test
    void aWriteWithThePagesTokenPasses() throws Exception {
        share = new ShareStub(api, yui);

        post(ShareStub.CSRF_TOKEN);

        assertThat(api.requests("POST", "/purges")).hasSize(1);
        BrowserFixture.assertEveryWriteCarriedTheToken(share, api);
    }

    @Test
    void noWriteAtAllPasses() throws IOException {
        share = new ShareStub(api, yui);

        BrowserFixture.assertEveryWriteCarriedTheToken(share, api);
    }

    @Test
    void theBrowserTestsFindYuiWhereTheBuildUnpacksIt() {
        assertThat(BrowserFixture.yui().resolve("yahoo/yahoo-min.js")).exists();
    }

    // A purge's dry run, as the dashlet sends it: with the token in header and cookie, as Share's pages do, or none.
    private int post(String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(share.url(ShareStub.API + "/purges")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"nodeIds\":[\"node-001\"],\"dryRun\":true}"));
        if (token != null) {
            request.header("Alfresco-CSRFToken", token).header("Cookie", "Alfresco-CSRFToken=" + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
