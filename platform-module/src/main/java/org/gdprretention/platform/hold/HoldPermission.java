package org.gdprretention.platform.hold;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;

/**
 * Who may place or lift a legal hold: a GDPR officer or an administrator. Write permission on the node is not
 * enough either way: anyone who may edit a document could otherwise take it off hold and let it be purged, or put
 * it on hold and keep it from ever being disposed of, which GDPR forbids as much.
 *
 * <p>The person asked about is the fully authenticated user, the one behind the request, even when the code
 * around it runs as the system user (a rule's action does); without one (a scheduled job) the run-as user counts,
 * and the system user stands for the repository itself.
 */
final class HoldPermission {

    static final String OFFICERS_GROUP = "GROUP_GDPR_OFFICERS";

    private final AuthorityService authorityService;

    HoldPermission(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    /** Refuses with {@link AccessDeniedException} unless the caller may place a hold on {@code node}. */
    void checkMayPlace(NodeRef node) {
        check("place a legal hold on " + node);
    }

    /** Refuses with {@link AccessDeniedException} unless the caller may lift the hold on {@code node}. */
    void checkMayLift(NodeRef node) {
        check("lift the legal hold on " + node);
    }

    private void check(String what) {
        String user = currentPerson();
        if (user == null || user.isBlank()) {
            throw refused(what, "nobody is authenticated");
        }
        if (AuthenticationUtil.getSystemUserName().equals(user) || isOfficerOrAdmin(user)) {
            return;
        }
        throw refused(what, user + " is neither a member of " + OFFICERS_GROUP + " nor an administrator");
    }

    /** The person behind the request (see the class comment), or null when nobody is authenticated. */
    static String currentPerson() {
        String user = AuthenticationUtil.getFullyAuthenticatedUser();
        return user != null ? user : AuthenticationUtil.getRunAsUser();
    }

    // getContainingAuthorities, not getAuthoritiesForUser: the latter is admin-only in ACS's method security, so an
    // officer who is not an administrator would be refused by ACS itself.
    private boolean isOfficerOrAdmin(String user) {
        return authorityService.isAdminAuthority(user)
                || authorityService.getContainingAuthorities(AuthorityType.GROUP, user, false).contains(OFFICERS_GROUP);
    }

    private static AccessDeniedException refused(String what, String why) {
        return new AccessDeniedException("Only a GDPR officer or an administrator may " + what + ": " + why);
    }
}
