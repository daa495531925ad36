package org.gdprretention.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Set;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.security.AuthorityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PurgePermissionTest {

    private final AuthorityService authorityService = mock(AuthorityService.class);
    private final PurgePermission permission = new PurgePermission(authorityService);

    @AfterEach
    void signOut() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void thePersonBehindTheRequestCountsEvenWhenTheCodeAlreadyRunsAsSystem() {
        // given an ordinary user whose request is processed as the system user
        when(authorityService.getAuthoritiesForUser("ursula")).thenReturn(Set.of("GROUP_EVERYONE"));
        AuthenticationUtil.setFullyAuthenticatedUser("ursula");

        // when
        PurgeCaller caller = AuthenticationUtil.runAsSystem(permission::currentCaller);

        // then she is not promoted by the run-as
        assertThat(caller).isEqualTo(new PurgeCaller("ursula", false, false));
        assertThat(caller.mayPurge()).isFalse();
    }

    @Test
    void anOfficerMayPurgeButNotForce() {
        when(authorityService.getAuthoritiesForUser("olivia")).thenReturn(Set.of(PurgePermission.OFFICERS_GROUP));
        AuthenticationUtil.setFullyAuthenticatedUser("olivia");

        PurgeCaller caller = permission.currentCaller();

        assertThat(caller.mayPurge()).isTrue();
        assertThat(caller.mayForce()).isFalse();
    }

    @Test
    void anAdministratorMayPurgeAndForce() {
        when(authorityService.isAdminAuthority("admin")).thenReturn(true);
        when(authorityService.getAuthoritiesForUser("admin")).thenReturn(Set.of());
        AuthenticationUtil.setFullyAuthenticatedUser("admin");

        PurgeCaller caller = permission.currentCaller();

        assertThat(caller.mayPurge()).isTrue();
        assertThat(caller.mayForce()).isTrue();
    }

    @Test
    void nobodyAuthenticatedMayDoNothing() {
        PurgeCaller caller = permission.currentCaller();

        assertThat(caller.mayPurge()).isFalse();
        assertThat(caller.refusal()).contains("'(nobody)'");
    }
}
