package org.gdprretention.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST API against a live ACS: the overview lists an expired document, a purge without {@code dryRun} is a dry
 * run that leaves it in place, the CSV export carries it, and a malformed request gets ACS's error shape. Needs
 * {@code ACS_URL}.
 */
class RestApiIT {

    static final String GDPR = "/api/-default-/private/gdpr/versions/1";

    private AcsClient admin;
    private String folderId;
    private String documentId;
    private String name;

    @BeforeEach
    void setUp() {
        admin = AcsClient.fromEnvironment();
        folderId = (String) admin.createChild("-shared-", Map.of("name", "gdpr-it-rest-" + System.nanoTime(),
                "nodeType", "cm:folder")).expect(201).entry().get("id");
        name = "rest-" + System.nanoTime() + ".txt";
        documentId = OfficerPurgeIT.expiredPersonnelFile(admin, folderId, name);
    }

    @AfterEach
    void cleanUp() {
        if (admin != null && folderId != null) {
            admin.deletePermanently(folderId);
        }
    }

    @Test
    void theOverviewListsTheExpiredDocumentWithItsEvaluatedStatus() {
        Map<String, Object> list = AcsClient.object(admin.get(GDPR + "/retentions?retentionType=PERSONNEL_FILE"
                + "&status=EXPIRED&text=" + name + "&maxItems=10").expect(200).json().get("list"));

        List<Object> entries = AcsClient.array(list.get("entries"));
        assertThat(entries).hasSize(1);
        Map<String, Object> entry = AcsClient.object(AcsClient.object(entries.get(0)).get("entry"));
        assertThat(entry.get("id")).isEqualTo(documentId);
        assertThat(entry.get("status")).isEqualTo("EXPIRED");
        assertThat(entry.get("expiryDate")).isEqualTo("2022-01-31");
        assertThat(entry.get("canPurge")).isEqualTo(true);
        assertThat(AcsClient.object(list.get("pagination")).get("count")).isEqualTo(1L);
    }

    @Test
    void aPurgeWithoutDryRunFalseOnlyReportsAndTheDocumentStays() {
        Map<String, Object> entry = admin.post(GDPR + "/purges", Map.of("nodeIds", List.of(documentId)))
                .expect(201).entry();

        assertThat(entry.get("dryRun")).isEqualTo(true);
        Map<String, Object> outcome = AcsClient.object(AcsClient.array(entry.get("outcomes")).get(0));
        assertThat(outcome.get("nodeId")).isEqualTo(documentId);
        assertThat(outcome.get("outcome")).isEqualTo("WOULD_PURGE");
        admin.node(documentId).expect(200);
    }

    @Test
    void theCsvExportCarriesTheDocumentAfterAByteOrderMark() {
        AcsClient.Response csv = admin.get("/s/gdpr/retentions.csv?retentionType=PERSONNEL_FILE&text=" + name)
                .expect(200);

        assertThat(csv.body()).startsWith("\uFEFFdocumentId,name,");
        assertThat(csv.body()).contains(documentId).contains(name).contains(",EXPIRED,");
    }

    @Test
    void aMalformedRequestGetsTheFrameworksErrorShape() {
        AcsClient.Response response = admin.get(GDPR + "/retentions?maxItems=5000").expect(400);

        Map<String, Object> error = AcsClient.object(response.json().get("error"));
        assertThat(error.get("errorKey")).isEqualTo("gdpr.rest.error.maxItems");
        assertThat(error.get("statusCode")).isEqualTo(400L);
    }
}
