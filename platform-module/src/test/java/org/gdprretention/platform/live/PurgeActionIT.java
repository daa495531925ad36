package org.gdprretention.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.live.AcsClient.V1;
import static org.gdprretention.platform.live.AcsClient.aspectNames;
import static org.gdprretention.platform.live.AcsClient.properties;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live smoke test of the module's actions through {@code POST /action-executions}, which runs them asynchronously:
 * outcomes are polled for. Needs {@code ACS_URL}.
 */
class PurgeActionIT {

    private static final Duration ACTION_TIMEOUT = Duration.ofSeconds(10);

    private AcsClient acs;
    private String folderId;
    private String documentId;

    @BeforeEach
    void setUp() {
        acs = AcsClient.fromEnvironment();
        folderId = (String) acs.createFolderInHome("gdpr-it-actions").get("id");
        documentId = (String) acs.createChild(folderId, RetentionAppliedIT.retainableDocument("vog.txt", "VOG"))
                .expect(201).entry().get("id");
        acs.putContent(V1 + "/nodes/" + documentId + "/content", "text/plain", "Verklaring omtrent het gedrag")
                .expect(200);
    }

    @AfterEach
    void cleanUp() {
        if (acs != null && folderId != null) {
            acs.deletePermanently(folderId);
        }
    }

    @Test
    void aDryRunPurgeReportsItsOutcomeAndLeavesTheDocumentInPlace() {
        // given: a document that has not expired (VOG, created just now)
        Object statusBefore = properties(acs.node(documentId).expect(200).entry()).get("gdpr:status");
        String subject = "workspace://SpacesStore/" + documentId;

        // when
        acs.executeAction("gdpr-purge", documentId, Map.of("dry-run", true));

        // then: the dry run ran (the action is asynchronous): its audit entry says what a purge would have done
        AcsClient.awaitTrue(ACTION_TIMEOUT, "audit entry purge.dryRun for " + subject,
                () -> dryRunEntry(subject) != null);
        Map<String, Object> entry = dryRunEntry(subject);
        assertThat(entry.get("gdpr:auditActor")).isEqualTo(acs.user());
        assertThat(entry.get("gdpr:auditDetails").toString()).contains("REFUSED").contains("NOT_EXPIRED");

        // and: the document, its content and its retention are unchanged
        acs.get(V1 + "/nodes/" + documentId + "/content").expect(200);
        Map<String, Object> after = acs.node(documentId).expect(200).entry();
        assertThat(aspectNames(after)).contains("gdpr:retainable");
        assertThat(properties(after).get("gdpr:status")).isEqualTo(statusBefore);
    }

    /** The properties of the newest {@code purge.dryRun} audit entry about {@code subject}, or null. */
    private Map<String, Object> dryRunEntry(String subject) {
        String log = (String) acs.nodeAt("Data Dictionary/GDPR Retention/Audit Log").get("id");
        return acs.children(log).stream().map(AcsClient::properties)
                .filter(p -> "purge.dryRun".equals(p.get("gdpr:auditAction")) && subject.equals(p.get("gdpr:auditSubject")))
                .findFirst().orElse(null);
    }

    @Test
    void aHoldCannotBeAddedAsAnAspectOnlyWithTheAction() {
        // when: the aspect is added directly, as a REST or CMIS client with Write could (here even an administrator)
        Map<String, Object> document = acs.node(documentId).expect(200).entry();
        java.util.List<Object> aspects = new java.util.ArrayList<>(aspectNames(document));
        aspects.add("gdpr:legalHold");
        AcsClient.Response refused = acs.put(V1 + "/nodes/" + documentId, Map.of("aspectNames", aspects));

        // then: refused, and the document is not held
        assertThat(refused.status()).as("%s", refused).isBetween(400, 499);
        assertThat(aspectNames(acs.node(documentId).expect(200).entry())).doesNotContain("gdpr:legalHold");
    }

    @Test
    void aLegalHoldIsPlacedAndLifted() {
        // given: a retained document without a hold
        assertThat(aspectNames(acs.node(documentId).expect(200).entry())).doesNotContain("gdpr:legalHold");

        // when: a hold is placed
        acs.executeAction("gdpr-set-legal-hold", documentId, Map.of("reason", "Live test: court case 42"));

        // then: the aspect arrives with the reason, and the document is ON_HOLD
        AcsClient.awaitTrue(ACTION_TIMEOUT, "gdpr:legalHold on " + documentId,
                () -> aspectNames(acs.node(documentId).expect(200).entry()).contains("gdpr:legalHold"));
        Map<String, Object> held = properties(acs.node(documentId).expect(200).entry());
        assertThat(held.get("gdpr:holdReason")).isEqualTo("Live test: court case 42");
        assertThat(held.get("gdpr:status")).isEqualTo("ON_HOLD");

        // when: the hold is lifted
        acs.executeAction("gdpr-lift-legal-hold", documentId, Map.of());

        // then: the aspect is gone and the status follows the dates again
        AcsClient.awaitTrue(ACTION_TIMEOUT, "gdpr:legalHold removed from " + documentId,
                () -> !aspectNames(acs.node(documentId).expect(200).entry()).contains("gdpr:legalHold"));
        assertThat(properties(acs.node(documentId).expect(200).entry()).get("gdpr:status"))
                .isIn("ACTIVE", "EXPIRING");
    }
}
