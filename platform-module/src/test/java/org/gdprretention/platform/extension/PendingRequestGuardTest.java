package org.gdprretention.platform.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_EXTENSION_REQUEST;
import static org.gdprretention.platform.model.RetentionModel.PROP_EXTENSION_REASON;
import static org.gdprretention.platform.model.RetentionModel.PROP_EXTENSION_REQUESTED_AT;
import static org.gdprretention.platform.model.RetentionModel.PROP_EXTENSION_REQUESTED_BY;
import static org.gdprretention.platform.model.RetentionModel.PROP_EXTENSION_REQUEST_ID;
import static org.gdprretention.platform.model.RetentionModel.PROP_EXTENSION_WORKFLOW_ID;
import static org.mockito.Mockito.mock;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.extension.ExtensionRequest;
import org.gdprretention.platform.testsupport.AcsCopyService;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pending request on a document is the module's record: a user with Write permission (as ACS allows for any
 * aspect) cannot add, remove or edit it, an officer neither, and no copy carries it; the module's own store can.
 */
class PendingRequestGuardTest {

    private final FakeRepository repository = new FakeRepository();
    private final PendingRequestGuard guard = new PendingRequestGuard();
    private final PendingRequestStore store = new PendingRequestStore(repository.nodeService(), mock(SearchService.class),
            repository.behaviourFilter());
    private final NodeRef document = repository.document(repository.folder(null, "Dossier 17"),
            Map.of(ContentModel.PROP_NAME, "cv.pdf"));
    private final AcsCopyService copies = new AcsCopyService(repository, Map.of(ASPECT_EXTENSION_REQUEST,
            Set.of(PROP_EXTENSION_REQUEST_ID, PROP_EXTENSION_REQUESTED_BY, PROP_EXTENSION_REQUESTED_AT,
                    PROP_EXTENSION_REASON, PROP_EXTENSION_WORKFLOW_ID)));

    @BeforeEach
    void wire() {
        guard.setPolicyComponent(mock(PolicyComponent.class));
        guard.afterPropertiesSet();
        repository.bindBeforeAddAspect(ASPECT_EXTENSION_REQUEST, guard);
        repository.bindBeforeRemoveAspect(ASPECT_EXTENSION_REQUEST, guard);
        PendingRequestCopyBehaviour copyBehaviour = new PendingRequestCopyBehaviour();
        copyBehaviour.setPolicyComponent(mock(PolicyComponent.class));
        copyBehaviour.afterPropertiesSet();
        copies.bindOnCopyNode(ASPECT_EXTENSION_REQUEST, copyBehaviour);
    }

    @AfterEach
    void signOut() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void aWriterCannotAddAPendingRequestByHand() {
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        assertThatThrownBy(() -> repository.nodeService().addAspect(document, ASPECT_EXTENSION_REQUEST, request()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("gdpr-request-extension");

        assertThat(repository.hasAspect(document, ASPECT_EXTENSION_REQUEST)).isFalse();
    }

    @Test
    void neitherCanAnOfficerOrAnyoneRunningARuleAsThemselves() {
        AuthenticationUtil.setFullyAuthenticatedUser("officer");
        // a rule's action runs as the system user, but a person is still behind it
        AuthenticationUtil.setRunAsUserSystem();

        assertThatThrownBy(() -> repository.nodeService().addAspect(document, ASPECT_EXTENSION_REQUEST, request()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theStoreFilesAndClearsTheRequestWhoeverIsSignedIn() {
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        store.save(document, pending());
        assertThat(repository.hasAspect(document, ASPECT_EXTENSION_REQUEST)).isTrue();
        store.clear(document);

        assertThat(repository.hasAspect(document, ASPECT_EXTENSION_REQUEST)).isFalse();
    }

    @Test
    void aWriterCannotRemoveOrEditAPendingRequest() {
        AuthenticationUtil.setFullyAuthenticatedUser("editor");
        store.save(document, pending());

        assertThatThrownBy(() -> repository.nodeService().removeAspect(document, ASPECT_EXTENSION_REQUEST))
                .isInstanceOf(AccessDeniedException.class);
        Map<QName, Serializable> before = repository.properties(document);
        Map<QName, Serializable> after = new HashMap<>(before);
        after.put(PROP_EXTENSION_REQUESTED_AT, new Date());
        assertThatThrownBy(() -> guard.onUpdateProperties(document, before, after))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(repository.hasAspect(document, ASPECT_EXTENSION_REQUEST)).isTrue();
        Map<QName, Serializable> unrelated = new HashMap<>(before);
        unrelated.put(ContentModel.PROP_TITLE, "CV");
        guard.onUpdateProperties(document, before, unrelated);
    }

    @Test
    void theRepositoryItselfMayWithNoPersonBehindIt() {
        AuthenticationUtil.setRunAsUserSystem();

        repository.nodeService().addAspect(document, ASPECT_EXTENSION_REQUEST, request());

        assertThat(repository.hasAspect(document, ASPECT_EXTENSION_REQUEST)).isTrue();
    }

    @Test
    void noCopyCarriesThePendingRequest() {
        AuthenticationUtil.setFullyAuthenticatedUser("editor");
        store.save(document, pending());

        NodeRef copy = copies.copy(document, repository.folder(null, "Shared"));
        NodeRef workingCopy = copies.checkout(document);

        assertThat(repository.hasAspect(copy, ASPECT_EXTENSION_REQUEST)).isFalse();
        assertThat(repository.properties(copy)).doesNotContainKeys(PROP_EXTENSION_REQUEST_ID, PROP_EXTENSION_REASON);
        assertThat(repository.hasAspect(workingCopy, ASPECT_EXTENSION_REQUEST)).isFalse();
        assertThat(repository.hasAspect(document, ASPECT_EXTENSION_REQUEST)).isTrue();
    }

    private ExtensionRequest pending() {
        return ExtensionRequest.pending("req-1", DocumentId.of(document.toString()), "erik", "pool",
                Instant.parse("2025-06-15T10:00:00Z"));
    }

    private static Map<QName, Serializable> request() {
        return Map.of(PROP_EXTENSION_REQUEST_ID, "forged", PROP_EXTENSION_REQUESTED_BY, "editor",
                PROP_EXTENSION_REQUESTED_AT, new Date(), PROP_EXTENSION_REASON, "keep it");
    }
}
