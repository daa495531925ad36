package org.gdprretention.platform.rest.api;

import java.util.Map;
import org.gdprretention.platform.proof.RepositoryAuditLog;
import org.gdprretention.platform.security.GdprOfficers;

/**
 * Writes an administration change to the hash-chained audit log, in the request's own transaction: the change and
 * its entry commit together or not at all.
 */
public class AdminAudit {

    private final RepositoryAuditLog auditLog;

    public AdminAudit(RepositoryAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** {@code action} is {@code rest.<resource>.<verb>}; {@code subject} the code or node the change is about. */
    public void record(String action, String subject, Map<String, String> details) {
        auditLog.append(GdprOfficers.currentPerson(), action, subject, details);
    }
}
