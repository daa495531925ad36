package org.gdprretention.platform.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_DATA_SUBJECT;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_RETAINABLE;
import static org.gdprretention.platform.model.RetentionModel.PROP_DATA_SUBJECT_ID;
import static org.gdprretention.platform.model.RetentionModel.PROP_RELATIONSHIP_END;
import static org.gdprretention.platform.testsupport.FakeRepository.date;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DataSubjectBehaviourTest {

    private final RetentionFixture fixture = new RetentionFixture();
    private final FakeRepository repository = fixture.repository;
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final RecomputeScheduler scheduler = mock(RecomputeScheduler.class);
    private final DataSubjectBehaviour behaviour = new DataSubjectBehaviour();
    private final NodeRef dossier = repository.folder(null, "Jan Jansen");

    @BeforeEach
    void wire() {
        repository.addAspect(dossier, ASPECT_DATA_SUBJECT, Map.of(PROP_DATA_SUBJECT_ID, "E-1"));
        behaviour.setPolicyComponent(policyComponent);
        behaviour.setNodeService(repository.nodeService());
        behaviour.setRecomputeScheduler(scheduler);
        behaviour.setApplier(fixture.applier);
        behaviour.afterPropertiesSet();
    }

    @Test
    void bindsUpdatePropertiesAndAddAspectOfTheDataSubjectAspect() {
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME),
                eq(ASPECT_DATA_SUBJECT), any());
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnAddAspectPolicy.QNAME),
                eq(ASPECT_DATA_SUBJECT), any());
    }

    @Test
    void addingTheAspectWithItsPropertiesToAFolderRecomputesTheDossier() {
        NodeRef folder = repository.folder(null, "Piet Pietersen");
        // addAspect(node, gdpr:dataSubject, properties): ACS fires onAddAspect only, no onUpdateProperties
        repository.addAspect(folder, ASPECT_DATA_SUBJECT,
                Map.of(PROP_DATA_SUBJECT_ID, "E-7", PROP_RELATIONSHIP_END, date("2025-05-31")));

        behaviour.onAddAspect(folder, ASPECT_DATA_SUBJECT);

        verify(scheduler).recomputeDossierAfterCommit(folder);
    }

    @Test
    void addingTheAspectWithItsPropertiesToARetainableDocumentRecomputesItAtOnce() {
        NodeRef document = repository.document(null,
                Map.of(ContentModel.PROP_CREATED, FakeRepository.instant("2025-05-01T10:00:00Z")));
        repository.addAspect(document, ASPECT_RETAINABLE, Map.of(RetentionModel.PROP_RETENTION_TYPE, "VOG"));
        repository.addAspect(document, ASPECT_DATA_SUBJECT,
                Map.of(PROP_DATA_SUBJECT_ID, "E-7", RetentionModel.PROP_DATA_SUBJECT_EMAIL, "e7@example.org"));

        behaviour.onAddAspect(document, ASPECT_DATA_SUBJECT);

        assertThat(repository.property(document, RetentionModel.PROP_SUBJECT_ID)).isEqualTo("E-7");
        assertThat(repository.property(document, RetentionModel.PROP_SUBJECT_EMAIL)).isEqualTo("e7@example.org");
        verifyNoInteractions(scheduler);
    }

    @Test
    void settingTheEndOfTheRelationshipRecomputesTheDossierAfterCommit() {
        Map<QName, Serializable> before = Map.of(ContentModel.PROP_NAME, "Jan Jansen", PROP_DATA_SUBJECT_ID, "E-1");
        Map<QName, Serializable> after = new HashMap<>(before);
        after.put(PROP_RELATIONSHIP_END, date("2025-05-31"));

        behaviour.onUpdateProperties(dossier, before, after);

        verify(scheduler).recomputeDossierAfterCommit(dossier);
    }

    @Test
    void correctingTheSubjectRecomputesTheDossierToo() {
        behaviour.onUpdateProperties(dossier, Map.of(PROP_DATA_SUBJECT_ID, "E-1"), Map.of(PROP_DATA_SUBJECT_ID, "E-2"));

        verify(scheduler).recomputeDossierAfterCommit(dossier);
    }

    @Test
    void changingTheSubjectsLanguageRecomputesTheDossierSoItReachesTheDocuments() {
        behaviour.onUpdateProperties(dossier, Map.of(PROP_DATA_SUBJECT_ID, "E-1"),
                Map.of(PROP_DATA_SUBJECT_ID, "E-1", RetentionModel.PROP_DATA_SUBJECT_LANGUAGE, "en"));

        verify(scheduler).recomputeDossierAfterCommit(dossier);
    }

    @Test
    void otherChangesAndNewFoldersRecomputeNothing() {
        behaviour.onUpdateProperties(dossier, Map.of(ContentModel.PROP_NAME, "Jan"),
                Map.of(ContentModel.PROP_NAME, "Jan Jansen"));
        behaviour.onUpdateProperties(dossier, Map.of(), Map.of(PROP_RELATIONSHIP_END, date("2025-05-31")));

        verifyNoInteractions(scheduler);
    }

    @Test
    void aRetainableDocumentWithItsOwnSubjectIsLeftToTheRetainableBehaviour() {
        NodeRef document = repository.document(dossier, Map.of());
        repository.addAspect(document, ASPECT_RETAINABLE, Map.of());
        repository.addAspect(document, ASPECT_DATA_SUBJECT, Map.of());

        behaviour.onUpdateProperties(document, Map.of(PROP_DATA_SUBJECT_ID, "E-1"),
                Map.of(PROP_RELATIONSHIP_END, date("2025-05-31")));

        verifyNoInteractions(scheduler);
    }
}
