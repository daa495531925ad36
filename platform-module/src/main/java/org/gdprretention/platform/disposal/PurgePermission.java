package org.gdprretention.platform.disposal;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;

/** Decides who the caller of a purge is and whether they may purge, before anything runs as the system user. */
class PurgePermission {

    static final String OFFICERS_GROUP = "GROUP_GDPR_OFFICERS";

    private final AuthorityService authorityService;

    PurgePermission(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    /**
     * The fully authenticated user is the person behind the request even when the code around it already runs as
     * someone else; without one (a scheduled job) the run-as user counts. The system user stands for the
     * repository itself, i.e. an administrator.
     */
    PurgeCaller currentCaller() {
        String user = AuthenticationUtil.getFullyAuthenticatedUser();
        if (user == null) {
            user = AuthenticationUtil.getRunAsUser();
        }
        if (user == null || user.isBlank()) {
            return new PurgeCaller("(nobody)", false, false);
        }
        if (AuthenticationUtil.getSystemUserName().equals(user)) {
            return new PurgeCaller(user, true, false);
        }
        // Both calls run as the caller and are open to any user in ACS's method security; getAuthoritiesForUser
        // would be refused to an officer who is not an administrator.
        boolean admin = authorityService.isAdminAuthority(user);
        boolean officer = authorityService.getContainingAuthorities(AuthorityType.GROUP, user, false)
                .contains(OFFICERS_GROUP);
        return new PurgeCaller(user, admin, officer);
    }
}
