package org.gdprretention.platform.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_LEGAL_HOLD;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_RETAINABLE;
import static org.gdprretention.platform.model.RetentionModel.PROP_HOLD_BY;
import static org.gdprretention.platform.model.RetentionModel.PROP_HOLD_REASON;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.Map;
import org.alfresco.model.ContentModel;
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

/**
 * Adding gdpr:legalHold directly, as a CMIS or REST client with Write permission can (CMIS adds the aspect first and
 * sets its properties afterwards): refused to everyone but the module's own placement and the repository itself.
 */
class LegalHoldAdditionGuardTest {

    private final FakeRepository repository = new FakeRepository();
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final AcsAuthorities authorities = new AcsAuthorities().member("officer", "GROUP_GDPR_OFFICERS")
            .member("editor", "GROUP_site_hr_SiteCollaborator");
    private final LegalHoldAdditionGuard guard = new LegalHoldAdditionGuard();
    private final NodeRef document = repository.document(repository.folder(null, "documentLibrary"),
            Map.of(ContentModel.PROP_NAME, "contract.pdf"));

    @BeforeEach
    void wire() {
        guard.setPolicyComponent(policyComponent);
        guard.setNodeService(repository.nodeService());
        guard.setAuthorityService(authorities.service());
        guard.afterPropertiesSet();
        repository.bindBeforeAddAspect(ASPECT_LEGAL_HOLD, guard);
    }

    @AfterEach
    void logout() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void bindsBeforeAddAspectOfTheHoldAspect() {
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.BeforeAddAspectPolicy.QNAME),
                eq(ASPECT_LEGAL_HOLD), any());
    }

    @Test
    void aCollaboratorCannotAddTheHoldAspect() {
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        assertThatThrownBy(() -> repository.nodeService().addAspect(document, ASPECT_LEGAL_HOLD, null))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only a GDPR officer or an administrator may place a legal hold")
                .hasMessageContaining("editor is neither a member of GROUP_GDPR_OFFICERS nor an administrator");

        assertUnchanged();
    }

    @Test
    void aCollaboratorCannotAddItWithPropertiesThroughCodeRunningAsTheSystemUser() {
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        // a rule's "add aspect" action runs as the system user on behalf of the person who triggered it
        assertThatThrownBy(() -> AuthenticationUtil.runAsSystem(() -> {
            repository.nodeService().addAspect(document, ASPECT_LEGAL_HOLD,
                    Map.of(PROP_HOLD_REASON, "Keep forever", PROP_HOLD_BY, "officer"));
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        assertUnchanged();
    }

    @Test
    void nobodyAuthenticatedIsRefused() {
        assertThatThrownBy(() -> repository.nodeService().addAspect(document, ASPECT_LEGAL_HOLD, null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("nobody is authenticated");

        assertUnchanged();
    }

    @Test
    void officersAndAdministratorsAreSentToTheActionThatRecordsTheHold() {
        for (String user : new String[] {"officer", "admin"}) {
            AuthenticationUtil.setFullyAuthenticatedUser(user);

            assertThatThrownBy(() -> repository.nodeService().addAspect(document, ASPECT_LEGAL_HOLD,
                    Map.of(PROP_HOLD_REASON, "Court case"))).as(user)
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("placed with the action 'gdpr-set-legal-hold'")
                    .hasMessageContaining(document.toString());

            assertUnchanged();
        }
    }

    @Test
    void theRepositoryItselfMayAddIt() {
        AuthenticationUtil.setRunAsUserSystem();

        repository.nodeService().addAspect(document, ASPECT_LEGAL_HOLD, Map.of(PROP_HOLD_REASON, "Migrated hold"));

        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isTrue();
    }

    @Test
    void theModulesOwnPlacementPasses() {
        AuthenticationUtil.setFullyAuthenticatedUser("officer");

        PlacingHold.run(document, () -> repository.nodeService().addAspect(document, ASPECT_LEGAL_HOLD,
                Map.of(PROP_HOLD_REASON, "Court case")));

        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isTrue();
    }

    @Test
    void theModulesPlacementOfOneNodeDoesNotLetAnotherThrough() {
        AuthenticationUtil.setFullyAuthenticatedUser("officer");
        NodeRef other = repository.document(null, Map.of());

        assertThatThrownBy(() -> PlacingHold.run(document,
                () -> repository.nodeService().addAspect(other, ASPECT_LEGAL_HOLD, null)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(repository.hasAspect(other, ASPECT_LEGAL_HOLD)).isFalse();
        assertThat(PlacingHold.isPlacing(document)).isFalse();
    }

    @Test
    void addingItAgainToAHeldNodePlacesNothingAndIsLeftAlone() {
        repository.addAspect(document, ASPECT_LEGAL_HOLD, Map.of(PROP_HOLD_REASON, "Court case"));
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        repository.nodeService().addAspect(document, ASPECT_LEGAL_HOLD, null);

        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isTrue();
        assertThat(repository.property(document, PROP_HOLD_REASON)).isEqualTo("Court case");
    }

    @Test
    void otherAspectsAreNotGuarded() {
        AuthenticationUtil.setFullyAuthenticatedUser("editor");
        repository.bindBeforeAddAspect(ASPECT_RETAINABLE, guard);

        repository.nodeService().addAspect(document, ASPECT_RETAINABLE, null);

        assertThat(repository.hasAspect(document, ASPECT_RETAINABLE)).isTrue();
    }

    private void assertUnchanged() {
        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isFalse();
        assertThat(repository.properties(document)).doesNotContainKeys(PROP_HOLD_REASON, PROP_HOLD_BY)
                .doesNotContainKey(ContentModel.PROP_MODIFIER);
    }
}
