package org.gdprretention.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.live.AcsClient.V1;
import static org.gdprretention.platform.live.AcsClient.aspectNames;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A document on legal hold inside a deleted folder survives the trashcan sweep: the sweep judges every document
 * below a deleted folder, not only the folder, and keeps the whole folder while one of them is held. A deleted folder
 * without a hold inside is purged by the same run, which shows that the sweep ran.
 *
 * <p>Needs {@code ACS_URL} and a repository whose trashcan job runs often and purges everything it may
 * ({@code docker/smoke-test.sh} starts the stack so and sets {@code GDPR_IT_TRASHCAN_SWEEP=on}); skipped otherwise.
 */
class TrashcanHoldIT {

    private static final Duration SWEEP_TIMEOUT = Duration.ofSeconds(90);

    private AcsClient acs;
    private String heldFolderId;
    private String plainFolderId;

    @BeforeEach
    void setUp() {
        acs = AcsClient.fromEnvironment();
        Assumptions.assumeTrue("on".equals(System.getenv("GDPR_IT_TRASHCAN_SWEEP")),
                "GDPR_IT_TRASHCAN_SWEEP not on: the repository's trashcan job is not set up for this test");
        heldFolderId = (String) acs.createFolderInHome("gdpr-it-held-dossier").get("id");
        plainFolderId = (String) acs.createFolderInHome("gdpr-it-plain-dossier").get("id");
    }

    @AfterEach
    void cleanUp() {
        if (acs != null) {
            for (String id : new String[] {heldFolderId, plainFolderId}) {
                if (id != null) {
                    acs.delete(V1 + "/deleted-nodes/" + id);
                    acs.deletePermanently(id);
                }
            }
        }
    }

    @Test
    void aHeldDocumentInADeletedFolderKeepsTheFolderInTheTrashcan() {
        // given: a deleted folder with an expired document and a held one, and a deleted folder without a hold
        String held = OfficerPurgeIT.expiredPersonnelFile(acs, heldFolderId, "held.txt");
        OfficerPurgeIT.expiredPersonnelFile(acs, heldFolderId, "expired.txt");
        OfficerPurgeIT.expiredPersonnelFile(acs, plainFolderId, "expired.txt");
        acs.executeAction("gdpr-set-legal-hold", held, Map.of("reason", "Live test: court case 7"));
        AcsClient.awaitTrue(Duration.ofSeconds(10), "gdpr:legalHold on " + held,
                () -> aspectNames(acs.node(held).expect(200).entry()).contains("gdpr:legalHold"));
        acs.delete(V1 + "/nodes/" + heldFolderId).expect(204);
        acs.delete(V1 + "/nodes/" + plainFolderId).expect(204);

        // when: the trashcan sweep has run (the folder without a hold is purged)
        AcsClient.awaitTrue(SWEEP_TIMEOUT, "deleted folder " + plainFolderId + " purged by the trashcan sweep",
                () -> acs.get(V1 + "/deleted-nodes/" + plainFolderId).status() == 404);

        // then: the folder with the held document is still in the trashcan, and restores with its hold intact
        acs.get(V1 + "/deleted-nodes/" + heldFolderId).expect(200);
        acs.post(V1 + "/deleted-nodes/" + heldFolderId + "/restore", Map.of()).expect(200);
        assertThat(aspectNames(acs.node(held).expect(200).entry())).contains("gdpr:legalHold");
    }
}
