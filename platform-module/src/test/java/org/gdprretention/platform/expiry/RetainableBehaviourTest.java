package org.gdprretention.platform.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_RETAINABLE;
import static org.gdprretention.platform.model.RetentionModel.PROP_EXPIRY_DATE;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_TYPE;
import static org.gdprretention.platform.model.RetentionModel.PROP_STATUS;
import static org.gdprretention.platform.testsupport.FakeRepository.date;
import static org.gdprretention.platform.testsupport.FakeRepository.instant;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetainableBehaviourTest {

    private final RetentionFixture fixture = new RetentionFixture();
    private final FakeRepository repository = fixture.repository;
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final RetainableBehaviour behaviour = new RetainableBehaviour();
    private final NodeRef site = repository.folder(null, "documentLibrary");

    @BeforeEach
    void wire() {
        behaviour.setPolicyComponent(policyComponent);
        behaviour.setNodeService(repository.nodeService());
        behaviour.setApplier(fixture.applier);
        behaviour.afterPropertiesSet();
    }

    @Test
    void bindsAddAspectAndUpdatePropertiesOfTheRetainableAspect() {
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnAddAspectPolicy.QNAME),
                eq(ASPECT_RETAINABLE), any());
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME),
                eq(ASPECT_RETAINABLE), any());
    }

    @Test
    void addingTheAspectWithATypeComputesTheRetention() {
        NodeRef document = document("CANDIDATE_PROFILE");

        behaviour.onAddAspect(document, ASPECT_RETAINABLE);

        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2027-01-10"));
        assertThat(repository.property(document, PROP_STATUS)).isEqualTo("ACTIVE");
    }

    @Test
    void changingTheTypeRecomputes() {
        NodeRef document = document("CANDIDATE_PROFILE");
        behaviour.onAddAspect(document, ASPECT_RETAINABLE);
        Map<QName, Serializable> before = new HashMap<>(repository.properties(document));
        repository.properties(document).put(PROP_RETENTION_TYPE, "VOG");

        behaviour.onUpdateProperties(document, before, new HashMap<>(repository.properties(document)));

        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2025-02-07"));
        assertThat(repository.property(document, PROP_STATUS)).isEqualTo("EXPIRED");
        assertThat(repository.property(document, org.gdprretention.platform.model.RetentionModel.PROP_CATEGORY))
                .isEqualTo("CERTIFICATES");
    }

    @Test
    void anUnrelatedChangeWritesNothing() {
        NodeRef document = document("CANDIDATE_PROFILE");
        behaviour.onAddAspect(document, ASPECT_RETAINABLE);
        Map<QName, Serializable> before = new HashMap<>(repository.properties(document));
        Map<QName, Serializable> after = new HashMap<>(before);
        after.put(ContentModel.PROP_TITLE, "Renamed");
        clearInvocations(repository.nodeService());

        behaviour.onUpdateProperties(document, before, after);

        verify(repository.nodeService(), never()).addProperties(any(), anyMap());
        verify(repository.nodeService(), never()).getProperties(document);
    }

    @Test
    void anExpiryDateWrittenByAClientIsPutBackToWhatTheRuleSays() {
        // given a document whose retention was computed, and a client (e.g. over CMIS) that lengthens its expiry
        NodeRef document = document("CANDIDATE_PROFILE");
        behaviour.onAddAspect(document, ASPECT_RETAINABLE);
        Map<QName, Serializable> before = new HashMap<>(repository.properties(document));
        repository.properties(document).put(PROP_EXPIRY_DATE, date("2099-12-31"));
        repository.properties(document).put(PROP_STATUS, "ACTIVE");

        // when
        behaviour.onUpdateProperties(document, before, new HashMap<>(repository.properties(document)));

        // then the rule's expiry is back
        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2027-01-10"));
        assertThat(repository.property(document, PROP_STATUS)).isEqualTo("ACTIVE");
    }

    @Test
    void aGrantedExtensionRecomputesTheExpiry() {
        // given
        NodeRef document = document("CANDIDATE_PROFILE");
        behaviour.onAddAspect(document, ASPECT_RETAINABLE);
        Map<QName, Serializable> before = new HashMap<>(repository.properties(document));
        repository.properties(document).put(org.gdprretention.platform.model.RetentionModel.PROP_GRANTED_EXTENSIONS,
                new java.util.ArrayList<>(java.util.List.of("P1Y")));

        // when
        behaviour.onUpdateProperties(document, before, new HashMap<>(repository.properties(document)));

        // then the expiry moved by exactly the granted year
        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2028-01-10"));
    }

    @Test
    void anUnknownTypeSetOnTheDocumentIsRefused() {
        NodeRef document = document("CANDIDATE_PROFILE");
        Map<QName, Serializable> before = new HashMap<>(repository.properties(document));
        repository.properties(document).put(PROP_RETENTION_TYPE, "TYPO");

        assertThatThrownBy(() -> behaviour.onUpdateProperties(document, before,
                new HashMap<>(repository.properties(document))))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("retentionType").hasMessageContaining("TYPO");
    }

    @Test
    void theApplierWritingTheComputedValuesDoesNotComeBackIn() {
        NodeRef document = document("CANDIDATE_PROFILE");
        behaviour.onAddAspect(document, ASPECT_RETAINABLE);
        // As in ACS, a write fires onUpdateProperties synchronously, inside the applier's own write.
        doAnswer(call -> {
            Map<QName, Serializable> before = new HashMap<>(repository.properties(document));
            repository.properties(document).putAll(call.getArgument(1));
            behaviour.onUpdateProperties(document, before, new HashMap<>(repository.properties(document)));
            return null;
        }).when(repository.nodeService()).addProperties(eq(document), anyMap());
        Map<QName, Serializable> before = new HashMap<>(repository.properties(document));
        repository.properties(document).put(PROP_RETENTION_TYPE, "VOG");
        clearInvocations(repository.nodeService());

        behaviour.onUpdateProperties(document, before, new HashMap<>(repository.properties(document)));

        // One reading and one write: the echo of the write did not start a second computation.
        verify(repository.nodeService(), times(1)).getProperties(document);
        verify(repository.nodeService(), times(1)).addProperties(eq(document), anyMap());
        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2025-02-07"));
    }

    @Test
    void aNodeDeletedInTheSameTransactionIsIgnored() {
        NodeRef document = document("CANDIDATE_PROFILE");
        repository.delete(document);

        behaviour.onAddAspect(document, ASPECT_RETAINABLE);
        behaviour.onUpdateProperties(document, Map.of(), Map.of(PROP_RETENTION_TYPE, "VOG"));

        verify(repository.nodeService(), never()).addProperties(any(), anyMap());
    }

    private NodeRef document(String code) {
        NodeRef document = repository.document(site, Map.of(ContentModel.PROP_CREATED, instant("2025-01-10T10:00:00Z")));
        repository.addAspect(document, ASPECT_RETAINABLE, Map.of(PROP_RETENTION_TYPE, code));
        return document;
    }
}
