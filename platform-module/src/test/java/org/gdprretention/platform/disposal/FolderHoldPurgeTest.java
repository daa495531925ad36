package org.gdprretention.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.disposal.PurgeFixture.LONG_AGO;
import static org.gdprretention.platform.disposal.PurgeFixture.realRun;

import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.platform.model.RetentionModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A legal hold on a folder holds every document below it: the purge refuses them, whoever asks. */
class FolderHoldPurgeTest {

    private final PurgeFixture fixture = new PurgeFixture();

    @AfterEach
    void closeFixture() {
        fixture.close();
    }

    @Test
    void anExpiredDocumentInAHeldFolderIsRefusedAndUntouched() {
        NodeRef document = fixture.document("cv.pdf", LONG_AGO, "store://live.bin");
        fixture.hold(fixture.folder);

        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        assertThat(outcome.result()).isEqualTo(PurgeResult.REFUSED);
        assertThat(outcome.reason()).startsWith("ON_HOLD: ");
        fixture.assertNothingWritten();
        assertThat(fixture.nodes.exists(document)).isTrue();
    }

    @Test
    void onceTheFolderHoldIsLiftedTheDocumentIsPurged() {
        NodeRef document = fixture.document("cv.pdf", LONG_AGO, "store://live.bin");
        fixture.hold(fixture.folder);
        fixture.nodes.removeAspect(fixture.folder, RetentionModel.ASPECT_LEGAL_HOLD);

        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        assertThat(outcome.result()).isEqualTo(PurgeResult.PURGED);
        assertThat(fixture.nodes.exists(document)).isFalse();
    }
}
