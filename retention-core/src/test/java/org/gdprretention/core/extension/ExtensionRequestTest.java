package org.gdprretention.core.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.junit.jupiter.api.Test;

class ExtensionRequestTest {

    private static final DocumentId DOC = DocumentId.of("doc-1");
    private static final Instant ASKED = Instant.parse("2025-05-01T09:00:00Z");

    @Test
    void aStoredDecidedRequestReadsBackIntact() {
        ExtensionRequest request = new ExtensionRequest("r1", DOC, "hr", "why", ASKED, ExtensionState.DENIED,
                "officer", ASKED.plusSeconds(60), "  no  ");

        assertThat(request.isPending()).isFalse();
        assertThat(request.decisionNote()).isEqualTo("no");
    }

    @Test
    void aPendingRequestCarriesNoDecision() {
        assertThatThrownBy(() -> new ExtensionRequest("r1", DOC, "hr", "why", ASKED, ExtensionState.REQUESTED,
                "officer", null, null))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid state 'REQUESTED': a pending request has no decision");
    }

    @Test
    void aDecidedRequestNeedsWhoAndWhen() {
        assertThatThrownBy(() -> new ExtensionRequest("r1", DOC, "hr", "why", ASKED, ExtensionState.APPROVED,
                null, ASKED, null))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid decidedBy 'null': must not be blank");
        assertThatThrownBy(() -> new ExtensionRequest("r1", DOC, "hr", "why", ASKED, ExtensionState.APPROVED,
                "officer", null, null))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid decidedAt 'null': is required once a request is decided");
    }

    @Test
    void aDecisionCannotPrecedeTheRequest() {
        assertThatThrownBy(() -> new ExtensionRequest("r1", DOC, "hr", "why", ASKED, ExtensionState.APPROVED,
                "officer", ASKED.minusSeconds(1), null))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid decidedAt '2025-05-01T08:59:59Z': must not be before");
    }

    @Test
    void aBlankIdIsRefused() {
        assertThatThrownBy(() -> ExtensionRequest.pending(" ", DOC, "hr", "why", ASKED))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid id ' ': must not be blank");
    }
}
