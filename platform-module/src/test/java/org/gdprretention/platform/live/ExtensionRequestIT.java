package org.gdprretention.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.live.AcsClient.V1;
import static org.gdprretention.platform.live.AcsClient.aspectNames;
import static org.gdprretention.platform.live.AcsClient.properties;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live round trip of an extension request: the action {@code gdpr-request-extension} files it and starts the
 * workflow {@code activiti$gdprExtensionRequest}; completing its review task with Approve (as an administrator, who
 * counts as an officer) extends the retention by the type's extension period. Needs {@code ACS_URL}.
 */
class ExtensionRequestIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** The public workflow REST API, relative to {@code ACS_URL}. */
    private static final String WORKFLOW = "/api/-default-/public/workflow/versions/1";

    private AcsClient acs;
    private String folderId;
    private String documentId;

    @BeforeEach
    void setUp() {
        acs = AcsClient.fromEnvironment();
        folderId = (String) acs.createFolderInHome("gdpr-it-extension").get("id");
        // CANDIDATE_PROFILE: two years from creation, extendable by one year
        documentId = (String) acs.createChild(folderId,
                RetentionAppliedIT.retainableDocument("profile.txt", "CANDIDATE_PROFILE")).expect(201).entry().get("id");
    }

    @AfterEach
    void cleanUp() {
        if (acs != null && folderId != null) {
            acs.deletePermanently(folderId);
        }
    }

    @Test
    void aRequestApprovedInTheReviewTaskExtendsTheExpiryByOneYear() {
        LocalDate before = expiry();

        // when: the extension is requested
        acs.executeAction("gdpr-request-extension", documentId, Map.of("reason", "Live test: keep in the pool"));

        // then: the request is pending on the document, with its workflow
        AcsClient.awaitTrue(TIMEOUT, "gdpr:extensionRequest on " + documentId,
                () -> aspectNames(acs.node(documentId).expect(200).entry()).contains("gdpr:extensionRequest"));
        Map<String, Object> pending = properties(acs.node(documentId).expect(200).entry());
        assertThat(pending.get("gdpr:extensionReason")).isEqualTo("Live test: keep in the pool");
        String workflowId = (String) pending.get("gdpr:extensionWorkflowId");
        assertThat(workflowId).startsWith("activiti$");

        // when: the review task is completed with Approve
        String processId = workflowId.substring("activiti$".length());
        List<Object> tasks = AcsClient.array(AcsClient.object(acs.get(WORKFLOW + "/processes/" + processId + "/tasks")
                .expect(200).json().get("list")).get("entries"));
        assertThat(tasks).hasSize(1);
        String taskId = (String) AcsClient.object(AcsClient.object(tasks.get(0)).get("entry")).get("id");
        acs.put(WORKFLOW + "/tasks/" + taskId + "?select=state,variables", Map.of("state", "completed",
                "variables", List.of(
                        Map.of("name", "gdprwf_reviewOutcome", "value", "Approve", "scope", "local"),
                        Map.of("name", "bpm_comment", "value", "Live test: approved", "scope", "local"))))
                .expect(200);

        // then: the request is closed and the expiry is a year later
        AcsClient.awaitTrue(TIMEOUT, "gdpr:extensionRequest removed from " + documentId,
                () -> !aspectNames(acs.node(documentId).expect(200).entry()).contains("gdpr:extensionRequest"));
        assertThat(expiry()).isEqualTo(before.plusYears(1));
        assertThat(properties(acs.node(documentId).expect(200).entry()).get("gdpr:extensionCount")).isEqualTo(1L);
    }

    private LocalDate expiry() {
        Object value = properties(acs.node(documentId).expect(200).entry()).get("gdpr:expiryDate");
        assertThat(value).as("gdpr:expiryDate of %s", documentId).isNotNull();
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
