package org.gdprretention.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.gdprretention.platform.testsupport.MethodSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PurgePermissionTest {

    private final AuthorityService authorityService = mock(AuthorityService.class);
    private final PurgePermission permission = new PurgePermission(
            MethodSecurity.forAdmins("admin").wrap(AuthorityService.class, authorityService));

    @AfterEach
    void signOut() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void thePersonBehindTheRequestCountsEvenWhenTheCodeAlreadyRunsAsSystem() {
        // given an ordinary user whose request is processed as the system user
        groups("ursula", "GROUP_EVERYONE");
        AuthenticationUtil.setFullyAuthenticatedUser("ursula");

        // when
        PurgeCaller caller = AuthenticationUtil.runAsSystem(permission::currentCaller);

        // then she is not promoted by the run-as
        assertThat(caller.kind()).isEqualTo(PurgeCaller.Kind.NOT_PERMITTED);
        assertThat(caller.userName()).isEqualTo("ursula");
        assertThat(caller.mayPurge()).isFalse();
    }

    @Test
    void anOfficerWhoIsNoAdministratorMayPurgeButNotForce() {
        // given an officer, asking as herself (ACS refuses her the admin-only lookups)
        groups("olivia", PurgePermission.OFFICERS_GROUP, "GROUP_EVERYONE");
        AuthenticationUtil.setFullyAuthenticatedUser("olivia");

        PurgeCaller caller = permission.currentCaller();

        assertThat(caller).isEqualTo(PurgeCaller.officer("olivia"));
        assertThat(caller.mayPurge()).isTrue();
        assertThat(caller.mayForce()).isFalse();
    }

    @Test
    void anOfficerThroughANestedGroupIsAnOfficer() {
        // getContainingAuthorities(GROUP, user, false) lists nested groups as well
        groups("nina", "GROUP_HR", PurgePermission.OFFICERS_GROUP);
        AuthenticationUtil.setFullyAuthenticatedUser("nina");

        assertThat(permission.currentCaller().kind()).isEqualTo(PurgeCaller.Kind.OFFICER);
    }

    @Test
    void anAdministratorMayPurgeAndForce() {
        when(authorityService.isAdminAuthority("admin")).thenReturn(true);
        groups("admin");
        AuthenticationUtil.setFullyAuthenticatedUser("admin");

        PurgeCaller caller = permission.currentCaller();

        assertThat(caller.mayPurge()).isTrue();
        assertThat(caller.mayForce()).isTrue();
    }

    @Test
    void nobodyAuthenticatedMayDoNothing() {
        PurgeCaller caller = permission.currentCaller();

        assertThat(caller.mayPurge()).isFalse();
        assertThat(caller.refusal()).isEqualTo("NOT_PERMITTED: nobody is signed in");
    }

    @Test
    void theSystemUserIsNoCallerNeitherAsTheSignedInUserNorAsTheRunAsUser() {
        // a rule triggered by a system write runs as system, with nobody else behind it
        PurgeCaller bySystem = AuthenticationUtil.runAsSystem(permission::currentCaller);
        AuthenticationUtil.setFullyAuthenticatedUser(AuthenticationUtil.getSystemUserName());
        PurgeCaller signedInAsSystem = permission.currentCaller();

        for (PurgeCaller caller : List.of(bySystem, signedInAsSystem)) {
            assertThat(caller.mayPurge()).isFalse();
            assertThat(caller.mayForce()).isFalse();
            assertThat(caller.refusal()).startsWith("NOT_PERMITTED: the system user does not purge");
        }
    }

    @Test
    void aJobMayPurgeOnlyAutoPurgeTypesNeverForceAndIsNoPersonWhosePermissionsAreChecked() {
        PurgeCaller job = PurgeCaller.job("gdpr-retention.expiryJob");

        assertThat(job.userName()).isEqualTo("job:gdpr-retention.expiryJob");
        assertThat(job.mayPurge()).isTrue();
        assertThat(job.mayForce()).isFalse();
        assertThat(job.onlyAutoPurge()).isTrue();
        assertThat(job.isPerson()).isFalse();
        assertThatThrownBy(() -> PurgeCaller.job(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    private void groups(String user, String... groups) {
        when(authorityService.getContainingAuthorities(AuthorityType.GROUP, user, false)).thenReturn(Set.of(groups));
    }
}
