package org.gdprretention.platform.rest.api;

import static org.mockito.Mockito.mock;

import java.util.Locale;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.gdprretention.platform.proof.RepositoryAuditLog;
import org.gdprretention.platform.security.GdprOfficers;
import org.gdprretention.platform.testsupport.AcsAuthorities;
import org.springframework.extensions.surf.util.I18NUtil;

/**
 * The callers the administration tests use, known to ACS's AuthorityService (behind its method security): a reader
 * (no group), an officer who is not an administrator, and the administrator; plus the audit log the resources write
 * to, as a mock to check what was recorded.
 */
final class AdminCallers {

    static final String READER = "rita";
    static final String OFFICER = "olivia";
    static final String ADMIN = "admin";

    final AcsAuthorities authorities = new AcsAuthorities().member(OFFICER, GdprOfficers.GROUP);
    final AdminAccess access = new AdminAccess(authorities.service());
    final RepositoryAuditLog auditLog = mock(RepositoryAuditLog.class);
    final AdminAudit audit = new AdminAudit(auditLog);

    /** The person the framework authenticated for the request, speaking {@code language}. */
    static void as(String user, String language) {
        AuthenticationUtil.clearCurrentSecurityContext();
        AuthenticationUtil.setFullyAuthenticatedUser(user);
        I18NUtil.setLocale(Locale.forLanguageTag(language));
    }

    static void as(String user) {
        as(user, "en");
    }

    static void reset() {
        AuthenticationUtil.clearCurrentSecurityContext();
        I18NUtil.setLocale(null);
    }
}
