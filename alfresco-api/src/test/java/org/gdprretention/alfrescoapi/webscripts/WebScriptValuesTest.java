package org.gdprretention.alfrescoapi.webscripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.extensions.webscripts.Cache;
import org.springframework.extensions.webscripts.Match;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;

class WebScriptValuesTest {

    @Test
    void anExceptionCarriesItsStatusWhichDefaultsTo500() {
        WebScriptException badRequest = new WebScriptException(Status.STATUS_BAD_REQUEST, "Invalid maxItems 'x'");
        WebScriptException withCause = new WebScriptException("Purge failed", new IllegalStateException("db"));

        assertThat(badRequest.getStatus()).isEqualTo(400);
        assertThat(badRequest).hasMessage("Invalid maxItems 'x'");
        assertThat(withCause.getStatus()).isEqualTo(500);
        assertThat(withCause).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(new WebScriptException(404, "Node {0} not found", "abc")).hasMessage("Node abc not found");
    }

    @Test
    void aStatusStartsAt200AndKeepsWhatTheScriptSets() {
        Status status = new Status();
        assertThat(status.getCode()).isEqualTo(Status.STATUS_OK);

        status.setCode(Status.STATUS_FORBIDDEN, "Officers only");
        status.setRedirect(true);

        assertThat(status.getCode()).isEqualTo(403);
        assertThat(status.getMessage()).isEqualTo("Officers only");
        assertThat(status.getRedirect()).isTrue();
    }

    @Test
    void aMatchHandsOutItsTemplateVariables() {
        Match match = new Match("/gdpr/documents/{id}", Map.of("id", "abc"), "/gdpr/documents/abc");

        assertThat(match.getTemplateVars()).containsEntry("id", "abc");
        assertThat(match.getTemplate()).isEqualTo("/gdpr/documents/{id}");
        assertThat(match.getPath()).isEqualTo("/gdpr/documents/abc");
        assertThat(match.getKind()).isEqualTo(Match.Kind.URI);
    }

    @Test
    void aCacheNeverCachesByDefault() {
        Cache cache = new Cache();

        assertThat(cache.getNeverCache()).isTrue();
        assertThat(cache.getMustRevalidate()).isTrue();
        assertThat(cache.getIsPublic()).isFalse();
    }
}
