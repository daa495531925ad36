package org.gdprretention.platform.hold;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.model.RenditionModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A site collaborator with Delete permission (as ACS grants it) tries to get rid of held records: the document
 * itself, a document in a held dossier, the dossier, a folder around a held document. ACS announces each node of a
 * deleted hierarchy to beforeDeleteNode, leaf first; the tests call the guard as ACS would.
 */
class HeldNodeDeletionGuardTest {

    private final FakeRepository repository = new FakeRepository();
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final HeldNodeDeletionGuard guard = new HeldNodeDeletionGuard();
    private final NodeRef library = repository.folder(repository.folder(null, "hr"), "documentLibrary");
    private final NodeRef dossier = repository.folder(library, "Jansen");
    private final NodeRef document = repository.document(dossier, Map.of());

    @BeforeEach
    void wire() {
        guard.setPolicyComponent(policyComponent);
        guard.setNodeService(repository.nodeService());
        guard.afterPropertiesSet();
        AuthenticationUtil.setFullyAuthenticatedUser("collaborator");
    }

    @AfterEach
    void logout() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void bindsToHeldNodesAndToDocuments() {
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME),
                eq(RetentionModel.ASPECT_LEGAL_HOLD), any());
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME),
                eq(ContentModel.TYPE_CONTENT), any());
    }

    @Test
    void aHeldDocumentCannotBeDeleted() {
        hold(document);

        assertThatThrownBy(() -> guard.beforeDeleteNode(document)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining(HeldNodeDeletionGuard.REFUSED);
    }

    @Test
    void aDocumentInAHeldDossierAndTheDossierItselfCannotBeDeleted() {
        hold(dossier);

        assertThatThrownBy(() -> guard.beforeDeleteNode(document)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("held by " + dossier);
        assertThatThrownBy(() -> guard.beforeDeleteNode(dossier)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unheldDocumentsRenditionsAndWorkingCopiesGoAsUsual() {
        NodeRef other = repository.document(library, Map.of());
        assertThatCode(() -> guard.beforeDeleteNode(other)).doesNotThrowAnyException();

        hold(dossier);
        NodeRef rendition = repository.document(document, Map.of());
        repository.addAspect(rendition, RenditionModel.ASPECT_RENDITION2, Map.of());
        NodeRef workingCopy = repository.document(dossier, Map.of());
        repository.addAspect(workingCopy, ContentModel.ASPECT_WORKING_COPY, Map.of());
        assertThatCode(() -> guard.beforeDeleteNode(rendition)).doesNotThrowAnyException();
        assertThatCode(() -> guard.beforeDeleteNode(workingCopy)).doesNotThrowAnyException();
    }

    @Test
    void theSystemUserIsNotStopped() {
        hold(document);

        assertThatCode(() -> AuthenticationUtil.runAsSystem(() -> {
            guard.beforeDeleteNode(document);
            return null;
        })).doesNotThrowAnyException();
    }

    @Test
    void acsTrashcanCleanerPurgesAHeldArchivedDocumentBecauseARefusalWouldStopItForGood() {
        // deleted from the dossier before the dossier was held: in the trashcan, held through the dossier
        NodeRef archived = repository.document(null, Map.of(ContentModel.PROP_ARCHIVED_ORIGINAL_PARENT_ASSOC,
                new org.alfresco.service.cmr.repository.ChildAssociationRef(ContentModel.ASSOC_CONTAINS, dossier,
                        ContentModel.ASSOC_CONTAINS, document, true, -1)));
        hold(dossier);
        assertThatThrownBy(() -> guard.beforeDeleteNode(archived)).as("a person purging it from the trashcan")
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("held by " + dossier);
        AuthenticationUtil.clearCurrentSecurityContext();

        // ACS's TrashcanCleaner deletes as the system user and does not catch a refusal: it would end the run and,
        // the node staying first in its oldest-first list, every later run (see AcsTrashcanCleanerCheck)
        assertThatCode(() -> AuthenticationUtil.runAsSystem(() -> {
            guard.beforeDeleteNode(archived);
            return null;
        })).doesNotThrowAnyException();
    }

    private void hold(NodeRef node) {
        repository.addAspect(node, RetentionModel.ASPECT_LEGAL_HOLD, Map.of(RetentionModel.PROP_HOLD_REASON, "Court case"));
    }
}
