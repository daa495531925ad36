package org.gdprretention.platform.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_LEGAL_HOLD;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_RETAINABLE;
import static org.gdprretention.platform.model.RetentionModel.PROP_HOLD_REASON;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.Map;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.platform.testsupport.AcsAuthorities;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Removing gdpr:legalHold directly, as a CMIS or REST client with Write permission can: only officers and admins. */
class LegalHoldRemovalGuardTest {

    private final FakeRepository repository = new FakeRepository();
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final AcsAuthorities authorities = new AcsAuthorities().member("officer", "GROUP_GDPR_OFFICERS")
            .member("editor", "GROUP_site_hr_SiteCollaborator");
    private final LegalHoldRemovalGuard guard = new LegalHoldRemovalGuard();
    private final NodeRef document = repository.document(repository.folder(null, "documentLibrary"), Map.of());

    @BeforeEach
    void wire() {
        guard.setPolicyComponent(policyComponent);
        guard.setAuthorityService(authorities.service());
        guard.afterPropertiesSet();
        repository.bindBeforeRemoveAspect(ASPECT_LEGAL_HOLD, guard);
        repository.addAspect(document, ASPECT_LEGAL_HOLD, Map.of(PROP_HOLD_REASON, "Court case"));
        repository.addAspect(document, ASPECT_RETAINABLE, Map.of());
    }

    @AfterEach
    void logout() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void bindsBeforeRemoveAspectOfTheHoldAspect() {
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.BeforeRemoveAspectPolicy.QNAME),
                eq(ASPECT_LEGAL_HOLD), any());
    }

    @Test
    void anEditorCannotRemoveTheHoldAspect() {
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        assertThatThrownBy(() -> repository.nodeService().removeAspect(document, ASPECT_LEGAL_HOLD))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only a GDPR officer or an administrator may lift the legal hold")
                .hasMessageContaining("editor is neither a member of GROUP_GDPR_OFFICERS nor an administrator");

        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isTrue();
    }

    @Test
    void anEditorCannotRemoveItThroughCodeRunningAsTheSystemUser() {
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        assertThatThrownBy(() -> AuthenticationUtil.runAsSystem(() -> {
            repository.nodeService().removeAspect(document, ASPECT_LEGAL_HOLD);
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isTrue();
    }

    @Test
    void nobodyAuthenticatedIsRefused() {
        assertThatThrownBy(() -> repository.nodeService().removeAspect(document, ASPECT_LEGAL_HOLD))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("nobody is authenticated");

        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isTrue();
    }

    @Test
    void anOfficerAnAdministratorAndTheRepositoryItselfMayRemoveIt() {
        for (String user : new String[] {"officer", "admin", AuthenticationUtil.getSystemUserName()}) {
            repository.addAspect(document, ASPECT_LEGAL_HOLD, Map.of());
            AuthenticationUtil.clearCurrentSecurityContext();
            AuthenticationUtil.setRunAsUser(user);

            repository.nodeService().removeAspect(document, ASPECT_LEGAL_HOLD);

            assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).as(user).isFalse();
        }
    }

    @Test
    void otherAspectsAreNotGuarded() {
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        repository.nodeService().removeAspect(document, ASPECT_RETAINABLE);

        assertThat(repository.hasAspect(document, ASPECT_RETAINABLE)).isFalse();
    }
}
