package org.gdprretention.platform.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.CommitListeners;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A collaborator on a document (Write and Delete there, as ACS grants through inheritance) tries to rewrite or
 * remove its contact moments. The deletions are played in ACS's order: the moments (leaves) are announced before
 * their document, and the transaction's beforeCommit comes last.
 */
class ContactMomentGuardTest {

    private final FakeRepository repository = new FakeRepository();
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final ContactMomentGuard guard = new ContactMomentGuard();
    private CommitListeners transaction;
    private NodeRef document;
    private NodeRef moment;

    @BeforeEach
    void setUp() {
        transaction = new CommitListeners();
        guard.setPolicyComponent(policyComponent);
        guard.setNodeService(repository.nodeService());
        guard.afterPropertiesSet();
        document = repository.document(repository.folder(null, "documentLibrary"), Map.of());
        moment = repository.add(RetentionModel.TYPE_CONTACT_MOMENT, document, momentProperties());
        AuthenticationUtil.setFullyAuthenticatedUser("collaborator");
    }

    @AfterEach
    void tearDown() {
        transaction.close();
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void bindsToContactMomentsForEveryEvent() {
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME),
                eq(RetentionModel.TYPE_CONTACT_MOMENT), any());
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME),
                eq(RetentionModel.TYPE_CONTACT_MOMENT), any());
    }

    @Test
    void aUserCannotDeleteAMomentOfADocumentThatStays() {
        // when: the moment alone is deleted (directly, or by removing gdpr:retainable, whose association holds it)
        guard.beforeDeleteNode(moment);
        repository.delete(moment);

        // then: the transaction cannot commit
        assertThatThrownBy(this::commit).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining(ContactMomentGuard.REFUSED_DELETE).hasMessageContaining("collaborator");
    }

    @Test
    void deletingTheDocumentTakesItsMomentsAlong() {
        // when: the document is deleted; ACS announces the moment first, then the document, then removes both
        guard.beforeDeleteNode(moment);
        repository.delete(moment);
        repository.delete(document);

        // then
        assertThatCode(this::commit).doesNotThrowAnyException();
    }

    @Test
    void theRepositoryItselfMayDeleteAMoment() {
        AuthenticationUtil.runAsSystem(() -> {
            guard.beforeDeleteNode(moment);
            return null;
        });

        assertThat(transaction.bound()).isZero();
    }

    @Test
    void aUserCannotChangeAMomentsRecord() {
        Map<QName, Serializable> before = momentProperties();
        Map<QName, Serializable> after = new HashMap<>(before);
        after.put(RetentionModel.PROP_MOMENT_NOTE, "Consent given");

        assertThatThrownBy(() -> guard.onUpdateProperties(moment, before, after))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining(ContactMomentGuard.REFUSED_CHANGE);
        Map<QName, Serializable> renamed = new HashMap<>(before);
        renamed.put(ContentModel.PROP_NAME, "consent.txt");
        assertThatThrownBy(() -> guard.onUpdateProperties(moment, before, renamed))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bookkeepingByTheRepositoryAndSystemWritesPass() {
        Map<QName, Serializable> before = momentProperties();
        Map<QName, Serializable> touched = new HashMap<>(before);
        touched.put(ContentModel.PROP_MODIFIED, new Date());

        assertThatCode(() -> guard.onUpdateProperties(moment, before, touched)).doesNotThrowAnyException();
        Map<QName, Serializable> changed = new HashMap<>(before);
        changed.put(RetentionModel.PROP_MOMENT_NOTE, "written by the repository");
        assertThatCode(() -> AuthenticationUtil.runAsSystem(() -> {
            guard.onUpdateProperties(moment, before, changed);
            return null;
        })).doesNotThrowAnyException();
    }

    @Test
    void theModuleWritingAsTheSystemUserInsideAPersonsRequestPasses() {
        // ContactMomentWriter runs as System while the officer whose decision it records is signed in
        AuthenticationUtil.setFullyAuthenticatedUser("officer");
        Map<QName, Serializable> before = momentProperties();
        Map<QName, Serializable> changed = new HashMap<>(before);
        changed.put(RetentionModel.PROP_MOMENT_NOTE, "corrected by the repository");

        assertThatCode(() -> AuthenticationUtil.runAsSystem(() -> {
            guard.onUpdateProperties(moment, before, changed);
            guard.beforeDeleteNode(moment);
            return null;
        })).doesNotThrowAnyException();
        assertThat(transaction.bound()).isZero();
    }

    @Test
    void clearingABlankNoteOrAddingATitleIsAChangeOfTheRecord() {
        // a blank note is what the repository wrote: taking it away changes the record
        Map<QName, Serializable> before = momentProperties();
        before.put(RetentionModel.PROP_MOMENT_NOTE, "");
        Map<QName, Serializable> cleared = new HashMap<>(before);
        cleared.put(RetentionModel.PROP_MOMENT_NOTE, null);
        Map<QName, Serializable> titled = new HashMap<>(before);
        titled.put(ContentModel.PROP_TITLE, "Nothing happened");

        assertThatThrownBy(() -> guard.onUpdateProperties(moment, before, cleared))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("collaborator");
        assertThatThrownBy(() -> guard.onUpdateProperties(moment, before, titled))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void commit() {
        transaction.commit();
    }

    private static Map<QName, Serializable> momentProperties() {
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(ContentModel.PROP_NAME, "extension_requested-1");
        properties.put(RetentionModel.PROP_MOMENT_KIND, "EXTENSION_REQUESTED");
        properties.put(RetentionModel.PROP_MOMENT_ACTOR, "officer");
        properties.put(RetentionModel.PROP_MOMENT_NOTE, "Asked by e-mail");
        return properties;
    }
}
