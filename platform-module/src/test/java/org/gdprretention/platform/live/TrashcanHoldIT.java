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
 * Holds against deletion and the trashcan sweep: a folder on legal hold cannot be deleted, and a document deleted
 * from a dossier that is put on hold afterwards stays in the trashcan while the trashcan sweep purges an unheld
 * deleted folder in the same run (which shows that the sweep ran).
 *
 * <p>Needs {@code ACS_URL}; the trashcan test also a repository whose trashcan job runs often and purges everything
 * it may ({@code docker/smoke-test.sh} starts the stack so and sets {@code GDPR_IT_TRASHCAN_SWEEP=on}), and is
 * skipped otherwise.
 */
class TrashcanHoldIT {

    private static final Duration SWEEP_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration ACTION_TIMEOUT = Duration.ofSeconds(10);

    private AcsClient acs;
    private String dossierId;
    private String plainFolderId;
    private String deletedDocumentId;

    @BeforeEach
    void setUp() {
        acs = AcsClient.fromEnvironment();
        dossierId = (String) acs.createFolderInHome("gdpr-it-held-dossier").get("id");
        plainFolderId = (String) acs.createFolderInHome("gdpr-it-plain-dossier").get("id");
    }

    @AfterEach
    void cleanUp() {
        if (acs == null || dossierId == null) {
            return;
        }
        if (aspectNames(acs.node(dossierId).expect(200).entry()).contains("gdpr:legalHold")) {
            acs.executeAction("gdpr-lift-legal-hold", dossierId, Map.of());
            AcsClient.awaitTrue(ACTION_TIMEOUT, "hold lifted from " + dossierId,
                    () -> !aspectNames(acs.node(dossierId).expect(200).entry()).contains("gdpr:legalHold"));
        }
        for (String id : new String[] {deletedDocumentId, plainFolderId}) {
            if (id != null) {
                acs.delete(V1 + "/deleted-nodes/" + id);
            }
        }
        acs.deletePermanently(dossierId);
        acs.deletePermanently(plainFolderId);
    }

    @Test
    void aDocumentDeletedFromADossierThatIsThenHeldStaysInTheTrashcan() {
        Assumptions.assumeTrue("on".equals(System.getenv("GDPR_IT_TRASHCAN_SWEEP")),
                "GDPR_IT_TRASHCAN_SWEEP not on: the repository's trashcan job is not set up for this test");
        // given: an expired document deleted from a dossier, and then the dossier put on hold (a court case came in)
        deletedDocumentId = OfficerPurgeIT.expiredPersonnelFile(acs, dossierId, "deleted-before-the-hold.txt");
        acs.delete(V1 + "/nodes/" + deletedDocumentId).expect(204);
        acs.executeAction("gdpr-set-legal-hold", dossierId, Map.of("reason", "Live test: court case 7"));
        AcsClient.awaitTrue(ACTION_TIMEOUT, "gdpr:legalHold on " + dossierId,
                () -> aspectNames(acs.node(dossierId).expect(200).entry()).contains("gdpr:legalHold"));
        // and: a deleted folder with an expired document and no hold
        OfficerPurgeIT.expiredPersonnelFile(acs, plainFolderId, "expired.txt");
        acs.delete(V1 + "/nodes/" + plainFolderId).expect(204);

        // when: the trashcan sweep has run (the folder without a hold is purged)
        AcsClient.awaitTrue(SWEEP_TIMEOUT, "deleted folder " + plainFolderId + " purged by the trashcan sweep",
                () -> acs.get(V1 + "/deleted-nodes/" + plainFolderId).status() == 404);

        // then: the document deleted from the held dossier is still in the trashcan, and cannot be purged from it
        acs.get(V1 + "/deleted-nodes/" + deletedDocumentId).expect(200);
        assertThat(acs.delete(V1 + "/deleted-nodes/" + deletedDocumentId).status()).isEqualTo(403);
        acs.get(V1 + "/deleted-nodes/" + deletedDocumentId).expect(200);
    }

    @Test
    void aHeldFolderCannotBeDeleted() {
        OfficerPurgeIT.expiredPersonnelFile(acs, dossierId, "in-a-held-dossier.txt");
        acs.executeAction("gdpr-set-legal-hold", dossierId, Map.of("reason", "Live test: court case 8"));
        AcsClient.awaitTrue(ACTION_TIMEOUT, "gdpr:legalHold on " + dossierId,
                () -> aspectNames(acs.node(dossierId).expect(200).entry()).contains("gdpr:legalHold"));

        assertThat(acs.delete(V1 + "/nodes/" + dossierId).status()).isEqualTo(403);
        acs.node(dossierId).expect(200);
    }
}
