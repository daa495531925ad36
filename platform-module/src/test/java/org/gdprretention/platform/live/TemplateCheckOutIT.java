package org.gdprretention.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.live.AcsClient.V1;
import static org.gdprretention.platform.live.AcsClient.aspectNames;
import static org.gdprretention.platform.live.AcsClient.properties;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A template bound to a retention type gives its retention to documents created from it (a copy), but checking the
 * template out and in (also copies, inside ACS) must not turn the template or its working copy into a retained
 * document. Check-out and check-in go through the CMIS browser binding, as a CMIS client or Share would do them.
 * Needs {@code ACS_URL}.
 */
class TemplateCheckOutIT {

    private static final String CMIS = "/api/-default-/public/cmis/versions/1.1/browser/root";

    private AcsClient acs;
    private String templateId;
    private String folderId;

    @BeforeEach
    void setUp() {
        acs = AcsClient.fromEnvironment();
        String nodeTemplates = (String) acs.nodeAt("Data Dictionary/Node Templates").get("id");
        templateId = (String) acs.createChild(nodeTemplates, Map.of(
                "name", "gdpr-it-vog-template-" + System.nanoTime() + ".txt",
                "nodeType", "cm:content",
                "aspectNames", List.of("gdpr:templateBinding"),
                "properties", Map.of("gdpr:boundRetentionType", "VOG"))).expect(201).entry().get("id");
        acs.putContent(V1 + "/nodes/" + templateId + "/content", "text/plain", "VOG template").expect(200);
        folderId = (String) acs.createFolderInHome("gdpr-it-template").get("id");
    }

    @AfterEach
    void cleanUp() {
        if (acs != null) {
            if (templateId != null) {
                acs.postForm(CMIS, Map.of("cmisaction", "cancelCheckOut", "objectId", templateId));
                acs.deletePermanently(templateId);
            }
            if (folderId != null) {
                acs.deletePermanently(folderId);
            }
        }
    }

    @Test
    void checkingTheTemplateOutAndInLeavesItATemplate() {
        // when: the template is checked out
        Map<String, Object> workingCopy = acs.postForm(CMIS, Map.of("cmisaction", "checkOut", "objectId", templateId,
                "succinct", "true")).expect(201).json();
        String workingCopyObjectId = (String) AcsClient.object(workingCopy.get("succinctProperties"))
                .get("cmis:objectId");
        String workingCopyId = workingCopyObjectId.replaceFirst(";.*$", "");

        // then: neither the working copy nor the template is a retained document
        assertThat(aspectNames(acs.node(workingCopyId).expect(200).entry())).doesNotContain("gdpr:retainable");
        assertThat(aspectNames(acs.node(templateId).expect(200).entry())).doesNotContain("gdpr:retainable");

        // when: it is checked in again
        acs.postForm(CMIS, Map.of("cmisaction", "checkIn", "objectId", workingCopyObjectId, "major", "false",
                "checkinComment", "live test")).expect(201);

        // then: the template is still only a template, with its binding
        Map<String, Object> template = acs.node(templateId).expect(200).entry();
        assertThat(aspectNames(template)).contains("gdpr:templateBinding").doesNotContain("gdpr:retainable");
        assertThat(properties(template).get("gdpr:boundRetentionType")).isEqualTo("VOG");
    }

    @Test
    void aDocumentCreatedFromTheTemplateIsRetained() {
        // when: a document is made from the template (Share's "create from template" is a copy)
        Map<String, Object> copy = acs.post(V1 + "/nodes/" + templateId + "/copy?include=properties,aspectNames",
                Map.of("targetParentId", folderId, "name", "vog-from-template.txt")).expect(201).entry();

        // then: it is retained as the template's type says, and does not carry the binding
        Map<String, Object> document = acs.node((String) copy.get("id")).expect(200).entry();
        assertThat(aspectNames(document)).contains("gdpr:retainable").doesNotContain("gdpr:templateBinding");
        assertThat(properties(document).get("gdpr:retentionType")).isEqualTo("VOG");
    }
}
