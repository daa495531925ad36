package org.gdprretention.platform.hold;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;

/**
 * Who may lift a legal hold: a GDPR officer or an administrator. Write permission on the document is not enough,
 * or anyone who may edit it could take it off hold and let it be purged.
 *
 * <p>The person asked about is the fully authenticated user, the one behind the request, even when the code
 * around it runs as the system user (a rule's action does); without one (a scheduled job) the run-as user counts,
 * and the system user stands for the repository itself.
 */
final class HoldLiftPermission {

    static final String OFFICERS_GROUP = "GROUP_GDPR_OFFICERS";

    private final AuthorityService authorityService;

    HoldLiftPermission(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    /** Refuses with {@link AccessDeniedException} unless the caller may lift the hold on {@code document}. */
    void check(NodeRef document) {
        String user = AuthenticationUtil.getFullyAuthenticatedUser();
        if (user == null) {
            user = AuthenticationUtil.getRunAsUser();
        }
        if (user == null || user.isBlank()) {
            throw refused(document, "nobody is authenticated");
        }
        if (AuthenticationUtil.getSystemUserName().equals(user) || mayLift(user)) {
            return;
        }
        throw refused(document, user + " is neither a member of " + OFFICERS_GROUP + " nor an administrator");
    }

    // getContainingAuthorities, not getAuthoritiesForUser: the latter is admin-only in ACS's method security, so an
    // officer who is not an administrator would be refused by ACS itself.
    private boolean mayLift(String user) {
        return authorityService.isAdminAuthority(user)
                || authorityService.getContainingAuthorities(AuthorityType.GROUP, user, false).contains(OFFICERS_GROUP);
    }

    private static AccessDeniedException refused(NodeRef document, String why) {
        return new AccessDeniedException("Only a GDPR officer or an administrator may lift the legal hold on "
                + document + ": " + why);
    }
}
