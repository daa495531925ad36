package org.gdprretention.platform.hold;

import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AuthorityService;
import org.gdprretention.platform.security.GdprOfficers;

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

    private final GdprOfficers officers;

    HoldPermission(AuthorityService authorityService) {
        this.officers = new GdprOfficers(authorityService);
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
            throw GdprOfficers.refused(what, "nobody is authenticated");
        }
        officers.require(user, what);
    }

    /** The person behind the request (see the class comment), or null when nobody is authenticated. */
    static String currentPerson() {
        return GdprOfficers.currentPerson();
    }
}
