package org.gdprretention.platform.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_RECOMPUTE_PENDING;
import static org.gdprretention.platform.model.RetentionModel.PROP_RECOMPUTE_REQUESTED_AT;
import static org.mockito.Mockito.mock;

import java.util.Date;
import java.util.Map;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ACS lets anyone with Write remove an aspect: the pending-recompute mark is the module's to remove. */
class PendingRecomputeGuardTest {

    private final FakeRepository repository = new FakeRepository();
    private final PendingRecomputeGuard guard = new PendingRecomputeGuard();
    private final NodeRef dossier = repository.folder(null, "Jan Jansen");

    @BeforeEach
    void wire() {
        guard.setPolicyComponent(mock(PolicyComponent.class));
        guard.afterPropertiesSet();
        repository.bindBeforeRemoveAspect(ASPECT_RECOMPUTE_PENDING, guard);
        repository.addAspect(dossier, ASPECT_RECOMPUTE_PENDING, Map.of(PROP_RECOMPUTE_REQUESTED_AT, new Date()));
    }

    @AfterEach
    void logOut() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void aUserWithWriteCannotRemoveTheMarkAndSoSkipTheRecompute() {
        AuthenticationUtil.setFullyAuthenticatedUser("carla");

        assertThatThrownBy(() -> repository.nodeService().removeAspect(dossier, ASPECT_RECOMPUTE_PENDING))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("gdpr:recomputePending");
        assertThat(repository.hasAspect(dossier, ASPECT_RECOMPUTE_PENDING)).isTrue();
    }

    @Test
    void theModuleRemovesItAsTheSystemUser() {
        AuthenticationUtil.runAsSystem(() -> {
            repository.nodeService().removeAspect(dossier, ASPECT_RECOMPUTE_PENDING);
            return null;
        });

        assertThat(repository.hasAspect(dossier, ASPECT_RECOMPUTE_PENDING)).isFalse();
    }

    @Test
    void theModuleRemovesItAsTheSystemUserInsideAPersonsRequest() {
        // the recompute that completes in the request of the person who changed the dossier
        AuthenticationUtil.setFullyAuthenticatedUser("carla");

        assertThatCode(() -> AuthenticationUtil.runAsSystem(() -> {
            guard.beforeRemoveAspect(dossier, ASPECT_RECOMPUTE_PENDING);
            return null;
        })).doesNotThrowAnyException();
    }

    @Test
    void theRefusalNamesWhoTried() {
        AuthenticationUtil.setFullyAuthenticatedUser("carla");

        assertThatThrownBy(() -> repository.nodeService().removeAspect(dossier, ASPECT_RECOMPUTE_PENDING))
                .hasMessageEndingWith("not by carla");
    }

    @Test
    void isBoundToTheMarkBeforeItIsRemoved() {
        PolicyComponent policyComponent = mock(PolicyComponent.class);
        PendingRecomputeGuard bound = new PendingRecomputeGuard();
        bound.setPolicyComponent(policyComponent);
        bound.afterPropertiesSet();

        org.mockito.Mockito.verify(policyComponent).bindClassBehaviour(
                org.mockito.ArgumentMatchers.eq(NodeServicePolicies.BeforeRemoveAspectPolicy.QNAME),
                org.mockito.ArgumentMatchers.eq(ASPECT_RECOMPUTE_PENDING), org.mockito.ArgumentMatchers.any());
    }
}
