package org.gdprretention.platform.security;

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

    /** Whether {@code user} is an officer or an administrator; null or blank is neither. */
    public boolean includes(String user) {
        if (user == null || user.isBlank()) {
            return false;
        }
        return authorityService.isAdminAuthority(user)
                || authorityService.getContainingAuthorities(AuthorityType.GROUP, user, false).contains(GROUP);
    }
}
