package org.gdprretention.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.disposal.PurgeFixture.realRun;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.platform.model.RetentionModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A request to keep a document longer, filed before it expired and not yet decided, holds its purge through the
 * decision window after expiry, even when an administrator forces the purge: an officer decides first. After the
 * window the request no longer holds anything (the expiry job closes it as lapsed).
 */
class PurgeExtensionHoldTest {

    /** Started 2025-04-20, four weeks: expired on 2025-05-18; "now" is 2025-06-01, inside the 30-day window. */
    private static final LocalDate RECENTLY = LocalDate.of(2025, 4, 20);

    private final PurgeFixture fixture = new PurgeFixture();

    @AfterEach
    void closeFixture() {
        fixture.close();
    }

    @Test
    void aPendingRequestFiledBeforeExpiryHoldsThePurgeInsideTheWindow() {
        NodeRef document = fixture.document("cv.pdf", RECENTLY, "store://live.bin");
        pendingRequest(document, "2025-05-10T09:00:00Z");

        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        assertThat(outcome.result()).isEqualTo(PurgeResult.REFUSED);
        assertThat(outcome.reason()).startsWith("EXTENSION_DECISION_PENDING");
        fixture.assertNothingWritten();
        assertThat(fixture.nodes.exists(document)).isTrue();
    }

    @Test
    void evenAForcedPurgeWaitsForTheDecision() {
        NodeRef document = fixture.document("cv.pdf", RECENTLY, "store://live.bin");
        pendingRequest(document, "2025-05-10T09:00:00Z");
        fixture.signInAs(PurgeFixture.ADMIN);

        PurgeOutcome outcome = fixture.purge(new PurgeOptions(false, "court order", 10), document).outcomes().get(0);

        assertThat(outcome.result()).isEqualTo(PurgeResult.REFUSED);
        assertThat(fixture.nodes.exists(document)).isTrue();
    }

    @Test
    void aRequestWhoseWindowHasPassedHoldsNothing() {
        NodeRef document = fixture.document("cv.pdf", PurgeFixture.LONG_AGO, "store://live.bin");
        pendingRequest(document, "2024-01-10T09:00:00Z");

        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        assertThat(outcome.result()).isEqualTo(PurgeResult.PURGED);
        assertThat(fixture.nodes.exists(document)).isFalse();
    }

    @Test
    void aRequestFiledAfterExpiryHoldsNothing() {
        NodeRef document = fixture.document("cv.pdf", RECENTLY, "store://live.bin");
        pendingRequest(document, "2025-05-25T09:00:00Z");

        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        assertThat(outcome.result()).isEqualTo(PurgeResult.PURGED);
    }

    private void pendingRequest(NodeRef document, String requestedAt) {
        fixture.nodes.addAspect(document, RetentionModel.ASPECT_EXTENSION_REQUEST, Map.of(
                RetentionModel.PROP_EXTENSION_REQUEST_ID, "req-1",
                RetentionModel.PROP_EXTENSION_REQUESTED_BY, "erik",
                RetentionModel.PROP_EXTENSION_REQUESTED_AT, Date.from(Instant.parse(requestedAt)),
                RetentionModel.PROP_EXTENSION_REASON, "candidate pool"));
    }
}
