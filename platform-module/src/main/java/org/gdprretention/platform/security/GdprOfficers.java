package org.gdprretention.platform.security;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;

/**
 * Who counts as a GDPR officer: a member of {@value #GROUP} or an administrator. Asked through the public
 * AuthorityService with {@code getContainingAuthorities}, which ACS lets anyone call; {@code getAuthoritiesForUser}
 * is admin-only in ACS's method security, so an officer who is not an administrator would be refused by ACS itself.
 */
public final class GdprOfficers {

    public static final String GROUP = "GROUP_GDPR_OFFICERS";

    private final AuthorityService authorityService;

    public GdprOfficers(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    /**
     * The person behind the current request: the fully authenticated user, even when the code around it runs as
     * someone else (a rule's action runs as System); without one (a scheduled job) the run-as user. Null when nobody
     * is authenticated.
     */
    public static String currentPerson() {
        String user = AuthenticationUtil.getFullyAuthenticatedUser();
        return user != null ? user : AuthenticationUtil.getRunAsUser();
    }

    /** Whether {@code user} is an officer or an administrator; null or blank is neither. */
    public boolean includes(String user) {
        if (user == null || user.isBlank()) {
            return false;
        }
        return authorityService.isAdminAuthority(user)
                || authorityService.getContainingAuthorities(AuthorityType.GROUP, user, false).contains(GROUP);
    }

    /**
     * Refuses with {@link AccessDeniedException} ("Only a GDPR officer or an administrator may {@code what}: ...")
     * unless {@code user} is an officer, an administrator or the system user (the repository itself). The user is
     * named as given, null included: a caller that can meet nobody authenticated says so first, with
     * {@link #refused}.
     */
    public void require(String user, String what) {
        if (AuthenticationUtil.getSystemUserName().equals(user) || includes(user)) {
            return;
        }
        throw refused(what, user + " is neither a member of " + GROUP + " nor an administrator");
    }

    /** The refusal of {@code what} to someone who is no officer, for the reason {@code why}. */
    public static AccessDeniedException refused(String what, String why) {
        return new AccessDeniedException("Only a GDPR officer or an administrator may " + what + ": " + why);
    }
}
