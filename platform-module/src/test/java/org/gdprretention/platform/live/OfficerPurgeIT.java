package org.gdprretention.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.live.AcsClient.V1;
import static org.gdprretention.platform.live.AcsClient.properties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A GDPR officer who is not an administrator purges an expired document, and its binary leaves the content store:
 * the disposal record lists it as removed, not as "still referenced". The content URLs the record lists are written
 * to {@code target/live-removed-binaries.txt}, where {@code docker/smoke-test.sh} checks that the files are gone
 * from the repository container's content store. Needs {@code ACS_URL}.
 */
class OfficerPurgeIT {

    static final Path REMOVED_BINARIES = Path.of("target", "live-removed-binaries.txt");
    private static final Duration PURGE_TIMEOUT = Duration.ofSeconds(30);
    private static final String DISPOSALS = "Data Dictionary/GDPR Retention/Disposals/";

    private AcsClient admin;
    private String folderId;

    @BeforeEach
    void setUp() {
        admin = AcsClient.fromEnvironment();
        // Shared Files: everyone may read there, so the officer sees the document without further permissions.
        folderId = (String) admin.createChild("-shared-", Map.of("name", "gdpr-it-purge-" + System.nanoTime(),
                "nodeType", "cm:folder")).expect(201).entry().get("id");
    }

    @AfterEach
    void cleanUp() {
        if (admin != null && folderId != null) {
            admin.deletePermanently(folderId);
        }
    }

    @Test
    void anOfficerPurgesAnExpiredDocumentAndItsBinaryIsRemoved() throws IOException {
        // given: an officer who is not an administrator, coordinator of the folder (a purge needs Delete on the
        // document), and a personnel file two years past the end of employment
        String officer = admin.createUser("gdpr-it-officer", "GROUP_GDPR_OFFICERS");
        admin.put(V1 + "/nodes/" + folderId, Map.of("permissions", Map.of("locallySet", List.of(Map.of(
                "authorityId", officer, "name", "Coordinator", "accessStatus", "ALLOWED"))))).expect(200);
        String documentId = expiredPersonnelFile(admin, folderId, "personnel-file.txt");
        assertThat(properties(admin.node(documentId).expect(200).entry()).get("gdpr:status")).isEqualTo("EXPIRED");

        // when: the officer purges it
        admin.as(officer, officer).executeAction("gdpr-purge", documentId, Map.of("dry-run", false));

        // then: the document is gone for good (not in the trashcan either)
        AcsClient.awaitTrue(PURGE_TIMEOUT, "document " + documentId + " purged",
                () -> admin.node(documentId).status() == 404);
        assertThat(admin.get(V1 + "/deleted-nodes/" + documentId).status()).isEqualTo(404);

        // and: the disposal record names the officer and lists the binary as removed, nothing kept
        String recordPath = DISPOSALS + "disposal-" + documentId;
        AcsClient.awaitTrue(PURGE_TIMEOUT, "binaries recorded on " + recordPath,
                () -> properties(admin.nodeAt(recordPath)).get("gdpr:binariesRemoved") != null);
        Map<String, Object> record = properties(admin.nodeAt(recordPath));
        assertThat(record.get("gdpr:purgedBy")).isEqualTo(officer);
        List<Object> removed = AcsClient.array(record.get("gdpr:binariesRemoved"));
        assertThat(removed).hasSize(1);
        assertThat(record.get("gdpr:binariesKept")).satisfiesAnyOf(
                kept -> assertThat(kept).isNull(), kept -> assertThat(AcsClient.array(kept)).isEmpty());
        String contentUrl = removed.get(0).toString().split("\\|")[0];
        assertThat(contentUrl).startsWith("store://");
        Files.writeString(REMOVED_BINARIES, contentUrl + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /**
     * A PERSONNEL_FILE document (two years from the end of employment) whose employment ended in January 2020, so
     * it expired in 2022; with content.
     */
    static String expiredPersonnelFile(AcsClient acs, String folderId, String name) {
        String id = (String) acs.createChild(folderId, Map.of(
                "name", name,
                "nodeType", "cm:content",
                "aspectNames", List.of("gdpr:retainable", "gdpr:dataSubject"),
                "properties", Map.of("gdpr:retentionType", "PERSONNEL_FILE",
                        "gdpr:dataSubjectId", "E-" + System.nanoTime(),
                        "gdpr:relationshipEnd", "2020-01-31")))
                .expect(201).entry().get("id");
        acs.putContent(V1 + "/nodes/" + id + "/content", "text/plain", "Personeelsdossier " + name).expect(200);
        return id;
    }
}
