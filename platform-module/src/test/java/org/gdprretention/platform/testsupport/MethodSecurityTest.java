package org.gdprretention.platform.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.version.VersionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MethodSecurityTest {

    private static final NodeRef READABLE = new NodeRef("workspace://SpacesStore/readable");
    private static final NodeRef SECRET = new NodeRef("workspace://SpacesStore/secret");

    private final AuthorityService authorities = mock(AuthorityService.class);
    private final List<String> permissionQuestions = new ArrayList<>();
    private final MethodSecurity security = MethodSecurity.forAdmins("admin").withNodePermissions(
            (user, node, permission) -> {
                permissionQuestions.add(user + " " + node.getId() + " " + permission);
                return node.equals(READABLE) && permission.equals("ReadProperties");
            });
    private final AuthorityService checkedAuthorities = security.wrap(AuthorityService.class, authorities);

    @AfterEach
    void signOut() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void anAdminOnlyMethodIsRefusedToAnOrdinaryUserAndNeverReachesTheService() {
        AuthenticationUtil.setFullyAuthenticatedUser("olivia");

        assertThatThrownBy(() -> checkedAuthorities.getAuthoritiesForUser("olivia"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("AuthorityService.getAuthoritiesForUser is ACL_METHOD.ROLE_ADMINISTRATOR")
                .hasMessageContaining("run as 'olivia'");
        verify(authorities, never()).getAuthoritiesForUser("olivia");
    }

    @Test
    void anAdminOnlyMethodIsAllowedToAnAdministratorAndToTheSystemUser() {
        when(authorities.getAuthoritiesForUser("olivia")).thenReturn(Set.of("GROUP_GDPR_OFFICERS"));

        AuthenticationUtil.setFullyAuthenticatedUser("admin");
        assertThat(checkedAuthorities.getAuthoritiesForUser("olivia")).containsExactly("GROUP_GDPR_OFFICERS");

        AuthenticationUtil.setFullyAuthenticatedUser("olivia");
        assertThat(AuthenticationUtil.runAsSystem(() -> checkedAuthorities.getAuthoritiesForUser("olivia")))
                .containsExactly("GROUP_GDPR_OFFICERS");
    }

    @Test
    void theRunAsUserIsCheckedNotThePersonBehindTheRequest() {
        AuthenticationUtil.setFullyAuthenticatedUser("admin");

        assertThatThrownBy(() -> AuthenticationUtil.runAs(() -> checkedAuthorities.getAuthoritiesForUser("x"), "olivia"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAllowedMethodPassesForAnyAuthenticatedUserButNotForNobody() {
        when(authorities.getContainingAuthorities(AuthorityType.GROUP, "olivia", false))
                .thenReturn(Set.of("GROUP_GDPR_OFFICERS"));

        assertThatThrownBy(() -> checkedAuthorities.isAdminAuthority("olivia"))
                .isInstanceOf(AccessDeniedException.class);

        AuthenticationUtil.setFullyAuthenticatedUser("olivia");
        assertThat(checkedAuthorities.getContainingAuthorities(AuthorityType.GROUP, "olivia", false))
                .containsExactly("GROUP_GDPR_OFFICERS");
        assertThat(checkedAuthorities.isAdminAuthority("olivia")).isFalse();
    }

    @Test
    void aNodeCheckedMethodAsksForThePermissionOnTheNodeArgument() {
        NodeService nodes = mock(NodeService.class);
        when(nodes.getProperty(READABLE, ContentModel.PROP_NAME)).thenReturn("cv.pdf");
        NodeService checkedNodes = security.wrap(NodeService.class, nodes);
        AuthenticationUtil.setFullyAuthenticatedUser("olivia");

        assertThat(checkedNodes.getProperty(READABLE, ContentModel.PROP_NAME)).isEqualTo("cv.pdf");
        assertThatThrownBy(() -> checkedNodes.getProperty(SECRET, ContentModel.PROP_NAME))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checkedNodes.deleteNode(READABLE)).isInstanceOf(AccessDeniedException.class);

        assertThat(permissionQuestions).containsExactly("olivia readable ReadProperties",
                "olivia secret ReadProperties", "olivia readable DeleteNode");
        verify(nodes, never()).deleteNode(READABLE);
    }

    @Test
    void nodePermissionsCanComeFromAPermissionServiceDouble() {
        PermissionService permissionService = mock(PermissionService.class);
        when(permissionService.hasPermission(READABLE, "ReadProperties")).thenReturn(AccessStatus.ALLOWED);
        when(permissionService.hasPermission(SECRET, "ReadProperties")).thenReturn(AccessStatus.DENIED);
        NodeService checkedNodes = MethodSecurity.forAdmins("admin")
                .withNodePermissions(MethodSecurity.NodePermissions.from(permissionService))
                .wrap(NodeService.class, mock(NodeService.class));
        AuthenticationUtil.setFullyAuthenticatedUser("olivia");

        checkedNodes.getProperty(READABLE, ContentModel.PROP_NAME);
        assertThatThrownBy(() -> checkedNodes.getProperty(SECRET, ContentModel.PROP_NAME))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMethodWithoutALineOfItsOwnFallsUnderTheServicesStarLineAndIsDeniedEvenToAnAdmin() {
        assertThat(MethodSecurity.configOf("org.alfresco.service.cmr.lock.LockService", "someMethodNotListed"))
                .isEqualTo("ACL_DENY");
        LockLike checked = security.wrapAs("org.alfresco.service.cmr.lock.LockService", LockLike.class,
                mock(LockLike.class));
        AuthenticationUtil.setFullyAuthenticatedUser("admin");

        assertThatThrownBy(checked::someMethodNotListed).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("LockService.someMethodNotListed is ACL_DENY");
        assertThat(checked.isLocked(READABLE)).isFalse();
        assertThat(AuthenticationUtil.runAsSystem(() -> {
            checked.someMethodNotListed();
            return "passed";
        })).isEqualTo("passed");
    }

    @Test
    void aServiceACSDoesNotCheckIsNotChecked() {
        VersionService versions = security.wrap(VersionService.class, mock(VersionService.class));
        AuthenticationUtil.setFullyAuthenticatedUser("olivia");

        versions.deleteVersionHistory(SECRET);

        assertThat(permissionQuestions).isEmpty();
    }

    @Test
    void aServiceWithoutRulesCannotBeWrapped() {
        assertThatThrownBy(() -> security.wrap(Runnable.class, () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Runnable");
    }

    /** Two methods as ACS's LockService would have them, one with its own rule and one without. */
    interface LockLike {
        boolean isLocked(NodeRef nodeRef);

        void someMethodNotListed();
    }
}
