package org.gdprretention.platform.disposal;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.security.AuthorityService;
import org.gdprretention.platform.security.GdprOfficers;

/** Decides who the caller of a purge is and whether they may purge, before anything runs as the system user. */
class PurgePermission {

    static final String OFFICERS_GROUP = GdprOfficers.GROUP;

    private final AuthorityService authorityService;
    private final GdprOfficers officers;

    PurgePermission(AuthorityService authorityService) {
        this.authorityService = authorityService;
        this.officers = new GdprOfficers(authorityService);
    }

    /**
     * The fully authenticated user is the person behind the request even when the code around it already runs as
     * someone else; without one the run-as user counts. The system user is refused either way: a rule runs as
     * system when a system write triggered it, so "system" may stand for anybody. Scheduled jobs pass
     * {@link PurgeCaller#job(String)} instead.
     */
    PurgeCaller currentCaller() {
        String user = GdprOfficers.currentPerson();
        if (user == null || user.isBlank()) {
            return PurgeCaller.notPermitted("(nobody)", "NOT_PERMITTED: nobody is signed in");
        }
        if (AuthenticationUtil.getSystemUserName().equals(user)) {
            return PurgeCaller.notPermitted(user, "NOT_PERMITTED: the system user does not purge on its own account;"
                    + " a person (officer or administrator) or a scheduled job must ask");
        }
        // Both calls run as the caller and are open to any user in ACS's method security; getAuthoritiesForUser
        // would be refused to an officer who is not an administrator.
        if (authorityService.isAdminAuthority(user)) {
            return PurgeCaller.administrator(user);
        }
        if (officers.includes(user)) {
            return PurgeCaller.officer(user);
        }
        return PurgeCaller.notPermitted(user, "NOT_PERMITTED: user '" + user + "' is neither an administrator nor a"
                + " member of " + OFFICERS_GROUP);
    }
}
