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
import org.alfresco.repo.copy.CopyBehaviourCallback;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TemplateCopyBehaviourTest {

    private final RetentionFixture fixture = new RetentionFixture();
    private final FakeRepository repository = fixture.repository;
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final TemplateCopyBehaviour behaviour = new TemplateCopyBehaviour();
    private final NodeRef templates = repository.folder(null, "Node Templates");
    private final NodeRef site = repository.folder(null, "documentLibrary");

    @BeforeEach
    void wire() {
        behaviour.setPolicyComponent(policyComponent);
        behaviour.setNodeService(repository.nodeService());
        behaviour.setApplier(fixture.applier);
        behaviour.afterPropertiesSet();
    }

    @Test
    void bindsTheCopyPoliciesOfTheBindingAspect() {
        verify(policyComponent).bindClassBehaviour(eq(CopyServicePolicies.OnCopyNodePolicy.QNAME),
                eq(ASPECT_TEMPLATE_BINDING), any());
        verify(policyComponent).bindClassBehaviour(eq(CopyServicePolicies.OnCopyCompletePolicy.QNAME),
                eq(ASPECT_TEMPLATE_BINDING), any());
    }

    @Test
    void theBindingAspectIsNotCopied() {
        CopyBehaviourCallback callback = behaviour.getCopyCallback(ASPECT_TEMPLATE_BINDING, null);

        assertThat(callback.getMustCopy(ASPECT_TEMPLATE_BINDING, null)).isFalse();
        assertThat(((TemplateBindingCopyCallback) callback).getCopyProperties(ASPECT_TEMPLATE_BINDING, null,
                new HashMap<>(Map.of(PROP_BOUND_RETENTION_TYPE, "CERTIFICATE")))).isEmpty();
    }

    @Test
    void aCopyOfABoundTemplateIsRetainedUnderTheBoundTypeWithTheTemplateRecorded() {
        NodeRef template = template("Diploma.docx", "VOG");
        NodeRef copy = repository.document(site, Map.of(ContentModel.PROP_CREATED, instant("2025-06-01T12:00:00Z")));

        behaviour.onCopyComplete(ASPECT_TEMPLATE_BINDING, template, copy, true, Map.of(template, copy));

        assertThat(repository.hasAspect(copy, ASPECT_RETAINABLE)).isTrue();
        assertThat(repository.hasAspect(copy, ASPECT_TEMPLATE_BINDING)).isFalse();
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
        NodeRef copy = repository.document(site, Map.of());

        assertThatThrownBy(() -> behaviour.onCopyComplete(ASPECT_TEMPLATE_BINDING, template, copy, true, Map.of()))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("retentionType").hasMessageContaining("RETIRED_TYPE");
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
        NodeRef template = repository.document(templates, Map.of(ContentModel.PROP_NAME, name));
        repository.addAspect(template, ASPECT_TEMPLATE_BINDING, Map.of(PROP_BOUND_RETENTION_TYPE, code));
        return template;
    }
}
