package org.gdprretention.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.live.AcsClient.V1;
import static org.gdprretention.platform.live.AcsClient.aspectNames;
import static org.gdprretention.platform.live.AcsClient.instant;
import static org.gdprretention.platform.live.AcsClient.properties;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live smoke test: a document created over REST v1 with {@code gdpr:retainable} gets its retention computed by the
 * repository, and an unknown retention type is refused. Needs {@code ACS_URL}.
 */
class RetentionAppliedIT {

    /** The zone of {@code gdpr-retention.zone}'s default; the compose file does not change it. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private AcsClient acs;
    private String folderId;

    @BeforeEach
    void setUp() {
        acs = AcsClient.fromEnvironment();
        folderId = (String) acs.createFolderInHome("gdpr-it-retention").get("id");
    }

    @AfterEach
    void cleanUp() {
        if (acs != null && folderId != null) {
            acs.deletePermanently(folderId);
        }
    }

    @Test
    void aVogDocumentIsKeptForFourWeeksFromItsCreation() {
        // given: a document created with the aspect and the type VOG (4 weeks from creation, CERTIFICATES)
        Map<String, Object> created = acs.createChild(folderId, retainableDocument("vog.txt", "VOG"))
                .expect(201).entry();
        String documentId = (String) created.get("id");

        // when: content is uploaded and the document is read back
        acs.putContent(V1 + "/nodes/" + documentId + "/content", "text/plain", "Verklaring omtrent het gedrag")
                .expect(200);
        Map<String, Object> document = acs.node(documentId).expect(200).entry();

        // then
        Map<String, Object> properties = properties(document);
        LocalDate createdOn = LocalDate.ofInstant(instant(document.get("createdAt")), ZONE);
        assertThat(aspectNames(document)).contains("gdpr:retainable");
        assertThat(properties.get("gdpr:retentionType")).isEqualTo("VOG");
        assertThat(LocalDate.ofInstant(instant(properties.get("gdpr:expiryDate")), ZONE))
                .as("expiry of a document created on %s", createdOn)
                .isEqualTo(createdOn.plusWeeks(4));
        assertThat(properties.get("gdpr:status")).isIn("ACTIVE", "EXPIRING");
        assertThat(properties.get("gdpr:category")).isEqualTo("CERTIFICATES");
    }

    @Test
    void anUnknownRetentionTypeIsRefused() {
        // given
        Map<String, Object> node = retainableDocument("bad-type.txt", "NOT_A_TYPE");

        // when
        AcsClient.Response refused = acs.createChild(folderId, node);

        // then: an error that names the code, and nothing was created
        assertThat(refused.status()).as("%s", refused).isBetween(400, 599);
        assertThat(refused.body()).contains("NOT_A_TYPE");
        Map<String, Object> children = AcsClient.object(
                acs.get(V1 + "/nodes/" + folderId + "/children").expect(200).json().get("list"));
        assertThat(AcsClient.array(children.get("entries"))).isEmpty();
    }

    /** The POST body of a cm:content node with gdpr:retainable and the given retention type. */
    static Map<String, Object> retainableDocument(String name, String retentionType) {
        return Map.of(
                "name", name,
                "nodeType", "cm:content",
                "aspectNames", List.of("gdpr:retainable"),
                "properties", Map.of("gdpr:retentionType", retentionType));
    }
}
