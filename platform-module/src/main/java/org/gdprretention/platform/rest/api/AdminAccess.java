package org.gdprretention.platform.rest.api;

import org.alfresco.rest.framework.core.exceptions.PermissionDeniedException;
import org.alfresco.service.cmr.security.AuthorityService;
import org.gdprretention.platform.security.GdprOfficers;

/**
 * Who may use the administration resources: changes (and reading proof and sweeps) are for administrators and
 * members of {@value GdprOfficers#GROUP}; everyone else gets 403 before anything is read or written.
 */
public class AdminAccess {

    private final GdprOfficers officers;

    public AdminAccess(AuthorityService authorityService) {
        this.officers = new GdprOfficers(authorityService);
    }

    /** The calling person when they are an officer or an administrator; otherwise the framework's 403. */
    public String requireOfficer() {
        String person = GdprOfficers.currentPerson();
        if (!officers.includes(person)) {
            throw new PermissionDeniedException(AdminMessages.NOT_OFFICER);
        }
        return person;
    }
}
