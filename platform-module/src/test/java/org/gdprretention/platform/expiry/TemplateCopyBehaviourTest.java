package org.gdprretention.platform.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_RETAINABLE;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_TEMPLATE_BINDING;
import static org.gdprretention.platform.model.RetentionModel.PROP_BOUND_RETENTION_TYPE;
import static org.gdprretention.platform.testsupport.FakeRepository.date;
import static org.gdprretention.platform.testsupport.FakeRepository.instant;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.coci.CheckOutCheckInServicePolicies;
import org.alfresco.repo.copy.CopyBehaviourCallback;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TemplateCopyBehaviourTest {

    private final RetentionFixture fixture = new RetentionFixture();
    private final FakeRepository repository = fixture.repository;
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final TemplateCopyBehaviour behaviour = new TemplateCopyBehaviour();
    private final NodeRef companyHome = repository.folder(null, "Company Home");
    private final NodeRef dictionary = repository.folder(companyHome, "Data Dictionary",
            QName.createQName(NamespaceService.APP_MODEL_1_0_URI, "dictionary"));
    private final NodeRef templates = repository.folder(dictionary, "Node Templates",
            QName.createQName(NamespaceService.APP_MODEL_1_0_URI, "node_templates"));
    private final NodeRef site = repository.folder(companyHome, "documentLibrary");
    private AcsCopies acs;

    @BeforeEach
    void wire() {
        behaviour.setPolicyComponent(policyComponent);
        behaviour.setNodeService(repository.nodeService());
        behaviour.setApplier(fixture.applier);
        behaviour.afterPropertiesSet();
        acs = new AcsCopies(repository, policyComponent, behaviour);
    }

    @AfterEach
    void close() {
        acs.close();
    }

    @Test
    void bindsTheCopyAndCheckOutPoliciesOfTheBindingAspect() {
        verify(policyComponent).bindClassBehaviour(eq(CopyServicePolicies.OnCopyNodePolicy.QNAME),
                eq(ASPECT_TEMPLATE_BINDING), any());
        verify(policyComponent).bindClassBehaviour(eq(CopyServicePolicies.OnCopyCompletePolicy.QNAME),
                eq(ASPECT_TEMPLATE_BINDING), any());
        verify(policyComponent).bindClassBehaviour(eq(CheckOutCheckInServicePolicies.BeforeCheckOut.QNAME),
                eq(ASPECT_TEMPLATE_BINDING), any());
    }

    @Test
    void theBindingAspectIsNotCopiedOutOfNodeTemplates() {
        CopyDetails details = details(template("Diploma.docx", "VOG"), site);
        CopyBehaviourCallback callback = behaviour.getCopyCallback(ASPECT_TEMPLATE_BINDING, details);

        assertThat(callback.getMustCopy(ASPECT_TEMPLATE_BINDING, details)).isFalse();
        assertThat(((TemplateBindingCopyCallback) callback).getCopyProperties(ASPECT_TEMPLATE_BINDING, details,
                new HashMap<>(Map.of(PROP_BOUND_RETENTION_TYPE, "CERTIFICATE")))).isEmpty();
    }

    @Test
    void aCopyOfABoundTemplateIsRetainedUnderTheBoundTypeWithTheTemplateRecorded() {
        NodeRef template = template("Diploma.docx", "VOG");

        // made from the template (created in March) on 1 June: its clock starts when the document is made
        NodeRef copy = acs.at(instant("2025-06-01T12:00:00Z").toInstant()).copy(template, site);

        assertThat(repository.hasAspect(copy, ASPECT_RETAINABLE)).isTrue();
        assertThat(repository.hasAspect(copy, ASPECT_TEMPLATE_BINDING)).isFalse();
        assertThat(repository.property(copy, PROP_BOUND_RETENTION_TYPE)).isNull();
        assertThat(repository.property(copy, RetentionModel.PROP_RETENTION_TYPE)).isEqualTo("VOG");
        assertThat(repository.property(copy, RetentionModel.PROP_TEMPLATE)).isEqualTo("Diploma.docx");
        assertThat(repository.property(copy, RetentionModel.PROP_TEMPLATE_REF)).isEqualTo(template);
        assertThat(repository.property(copy, RetentionModel.PROP_RETENTION_START)).isEqualTo(date("2025-06-01"));
        assertThat(repository.property(copy, RetentionModel.PROP_EXPIRY_DATE)).isEqualTo(date("2025-06-29"));
        assertThat(repository.property(copy, RetentionModel.PROP_STATUS)).isEqualTo("EXPIRING");
        assertThat(repository.property(copy, RetentionModel.PROP_CATEGORY)).isEqualTo("CERTIFICATES");
    }

    @Test
    void aTemplateBoundToAnUnknownTypeFailsTheCopy() {
        NodeRef template = template("Old.docx", "RETIRED_TYPE");

        assertThatThrownBy(() -> acs.copy(template, site))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("retentionType").hasMessageContaining("RETIRED_TYPE");
    }

    @Test
    void checkingOutATemplateInPlaceLeavesTheWorkingCopyAndTheTemplateUnretained() {
        NodeRef template = template("Diploma.docx", "VOG");

        NodeRef workingCopy = acs.checkout(template, templates);

        assertThat(repository.hasAspect(workingCopy, ContentModel.ASPECT_WORKING_COPY)).isTrue();
        assertThat(repository.hasAspect(workingCopy, ASPECT_RETAINABLE)).isFalse();
        assertThat(repository.property(workingCopy, RetentionModel.PROP_RETENTION_TYPE)).isNull();
        assertThat(repository.hasAspect(template, ASPECT_RETAINABLE)).isFalse();
    }

    @Test
    void checkingOutATemplateToAnotherFolderDoesNotRetainTheWorkingCopy() {
        NodeRef template = template("Diploma.docx", "VOG");

        NodeRef workingCopy = acs.checkout(template, site);

        assertThat(repository.hasAspect(workingCopy, ContentModel.ASPECT_WORKING_COPY)).isTrue();
        assertThat(repository.hasAspect(workingCopy, ASPECT_RETAINABLE)).isFalse();
        assertThat(repository.property(workingCopy, RetentionModel.PROP_EXPIRY_DATE)).isNull();
    }

    @Test
    void checkingATemplateBackInKeepsItATemplateWithoutRetention() {
        NodeRef template = template("Diploma.docx", "VOG");
        NodeRef workingCopy = acs.checkout(template, site);

        acs.checkin(workingCopy, template);

        assertThat(repository.hasAspect(template, ASPECT_RETAINABLE)).isFalse();
        assertThat(repository.property(template, RetentionModel.PROP_EXPIRY_DATE)).isNull();
        assertThat(repository.hasAspect(template, ASPECT_TEMPLATE_BINDING)).isTrue();
        assertThat(repository.property(template, PROP_BOUND_RETENTION_TYPE)).isEqualTo("VOG");
    }

    @Test
    void aTemplateCopiedWithinNodeTemplatesIsAnotherBoundTemplateNotARetainedDocument() {
        NodeRef template = template("Diploma.docx", "VOG");
        NodeRef certificates = repository.folder(templates, "Certificates");

        NodeRef copy = acs.copy(template, certificates);

        assertThat(repository.hasAspect(copy, ASPECT_RETAINABLE)).isFalse();
        assertThat(repository.property(copy, RetentionModel.PROP_EXPIRY_DATE)).isNull();
        assertThat(repository.hasAspect(copy, ASPECT_TEMPLATE_BINDING)).isTrue();
        assertThat(repository.property(copy, PROP_BOUND_RETENTION_TYPE)).isEqualTo("VOG");
    }

    @Test
    void aDocumentCreatedFromATemplateInTheTransactionThatCheckedItOutIsStillRetained() {
        NodeRef template = template("Diploma.docx", "VOG");
        NodeRef[] made = new NodeRef[2];

        acs.inOneTransaction(() -> {
            made[0] = acs.checkout(template, site);
            made[1] = acs.copy(template, site);
        });

        assertThat(repository.hasAspect(made[0], ASPECT_RETAINABLE)).isFalse();
        assertThat(repository.property(made[1], RetentionModel.PROP_RETENTION_TYPE)).isEqualTo("VOG");
    }

    @Test
    void aCopyThatIsAlreadyGoneIsLeftAlone() {
        NodeRef template = template("Diploma.docx", "VOG");
        NodeRef copy = repository.document(site, Map.of());
        repository.delete(copy);

        behaviour.onCopyComplete(ASPECT_TEMPLATE_BINDING, template, copy, true, Map.of());

        verify(repository.nodeService(), never()).addAspect(any(), any(), any());
    }

    private NodeRef template(String name, String code) {
        NodeRef template = repository.document(templates,
                Map.of(ContentModel.PROP_NAME, name, ContentModel.PROP_CREATED, instant("2025-03-01T12:00:00Z")));
        repository.addAspect(template, ASPECT_TEMPLATE_BINDING, Map.of(PROP_BOUND_RETENTION_TYPE, code));
        return template;
    }

    private CopyDetails details(NodeRef source, NodeRef parent) {
        return new CopyDetails(source, repository.type(source), repository.aspects(source),
                repository.properties(source), parent, null, true, ContentModel.ASSOC_CONTAINS,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "copy"));
    }
}
