package org.gdprretention.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.gdprretention.platform.testsupport.AcsAuthorities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who is a GDPR officer, asked of ACS's public AuthorityService as the caller (an officer who is not an administrator
 * included, whom ACS's method security refuses the admin-only lookups), and the one refusal "only an officer or an
 * administrator may ..." the hold and the retention-input guards share.
 */
class GdprOfficersTest {

    private final AcsAuthorities authorities = new AcsAuthorities().member("olga", GdprOfficers.GROUP)
            .member("editor", "GROUP_site_hr_SiteCollaborator");
    private final GdprOfficers officers = new GdprOfficers(authorities.service());

    @AfterEach
    void signOut() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void anOfficerAndAnAdministratorAreOfficersAsThemselves() {
        AuthenticationUtil.setFullyAuthenticatedUser("olga");
        assertThat(officers.includes("olga")).isTrue();
        assertThatCode(() -> officers.require("olga", "lift the legal hold on doc-1")).doesNotThrowAnyException();

        AuthenticationUtil.setFullyAuthenticatedUser("admin");
        assertThat(officers.includes("admin")).isTrue();
        assertThatCode(() -> officers.require("admin", "lift the legal hold on doc-1")).doesNotThrowAnyException();
    }

    @Test
    void anyoneElseIsRefusedByNameWithWhatTheyMayNotDo() {
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        assertThat(officers.includes("editor")).isFalse();
        assertThatThrownBy(() -> officers.require("editor", "lift the legal hold on doc-1"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only a GDPR officer or an administrator may lift the legal hold on doc-1: editor is"
                        + " neither a member of GROUP_GDPR_OFFICERS nor an administrator");
    }

    @Test
    void theSystemUserIsTheRepositoryItselfAndPasses() {
        AuthenticationUtil.setRunAsUserSystem();

        assertThatCode(() -> officers.require(AuthenticationUtil.getSystemUserName(), "lift the legal hold on doc-1"))
                .doesNotThrowAnyException();
    }

    @Test
    void nobodyIsNoOfficerAndIsNamedAsGiven() {
        AuthenticationUtil.setRunAsUserSystem();

        assertThat(officers.includes(null)).isFalse();
        assertThat(officers.includes(" ")).isFalse();
        assertThatThrownBy(() -> officers.require(null, "change gdpr:dataSubject on doc-1"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining(": null is neither a member");
    }

    @Test
    void aRefusalForAReasonOfItsOwnSaysWhatWasAsked() {
        assertThat(GdprOfficers.refused("place a legal hold on doc-1", "nobody is authenticated"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only a GDPR officer or an administrator may place a legal hold on doc-1: nobody is"
                        + " authenticated");
    }
}
