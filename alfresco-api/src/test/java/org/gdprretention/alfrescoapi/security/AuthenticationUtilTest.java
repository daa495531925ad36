package org.gdprretention.alfrescoapi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthenticationUtilTest {

    @AfterEach
    void clear() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void knowsNobodyUntilAUserIsSet() {
        assertThat(AuthenticationUtil.getFullyAuthenticatedUser()).isNull();
        assertThat(AuthenticationUtil.getRunAsUser()).isNull();
        assertThat(AuthenticationUtil.isRunAsUserTheSystemUser()).isFalse();
    }

    @Test
    void theFullyAuthenticatedUserIsAlsoTheRunAsUser() {
        AuthenticationUtil.setFullyAuthenticatedUser("officer");

        assertThat(AuthenticationUtil.getFullyAuthenticatedUser()).isEqualTo("officer");
        assertThat(AuthenticationUtil.getRunAsUser()).isEqualTo("officer");
    }

    @Test
    void runAsSystemChangesOnlyTheRunAsUserAndRestoresIt() {
        AuthenticationUtil.setFullyAuthenticatedUser("officer");

        String[] inside = AuthenticationUtil.runAsSystem(() -> new String[] {
            AuthenticationUtil.getFullyAuthenticatedUser(), AuthenticationUtil.getRunAsUser(),
            String.valueOf(AuthenticationUtil.isRunAsUserTheSystemUser())});

        assertThat(inside).containsExactly("officer", AuthenticationUtil.SYSTEM_USER_NAME, "true");
        assertThat(AuthenticationUtil.getRunAsUser()).isEqualTo("officer");
        assertThat(AuthenticationUtil.SYSTEM_USER_NAME).isEqualTo("System");
    }

    @Test
    void runAsWithoutAnAuthenticatedUserSetsBothForTheWorkOnly() {
        String full = AuthenticationUtil.runAs(AuthenticationUtil::getFullyAuthenticatedUser, "alice");

        assertThat(full).isEqualTo("alice");
        assertThat(AuthenticationUtil.getFullyAuthenticatedUser()).isNull();
    }

    @Test
    void passesUncheckedExceptionsAndWrapsCheckedOnes() {
        IllegalStateException unchecked = new IllegalStateException("boom");
        IOException checked = new IOException("disk");

        assertThatThrownBy(() -> AuthenticationUtil.runAsSystem(() -> {
            throw unchecked;
        })).isSameAs(unchecked);
        assertThatThrownBy(() -> AuthenticationUtil.runAsSystem(() -> {
            throw checked;
        })).isInstanceOf(RuntimeException.class).hasCause(checked);
        assertThat(AuthenticationUtil.getRunAsUser()).isNull();
    }

    @Test
    void refusesANullUserName() {
        assertThatThrownBy(() -> AuthenticationUtil.setRunAsUser(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("User name may not be null");
    }

    @Test
    void theAdminUserNameDefaultsToAdmin() {
        assertThat(AuthenticationUtil.getAdminUserName()).isEqualTo("admin");
    }
}
