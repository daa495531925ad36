package org.alfresco.service.cmr.audit;

import java.io.Serializable;
import java.util.Map;

/** Compile-only copy of the ACS 26.3 signature (the members the add-on uses); admin-only as a public service. */
public interface AuditService {

    void auditQuery(AuditQueryCallback callback, AuditQueryParameters parameters, int maxResults);

    interface AuditQueryCallback {

        boolean valuesRequired();

        boolean handleAuditEntry(Long entryId, String applicationName, String user, long time,
                Map<String, Serializable> values);

        boolean handleAuditEntryError(Long entryId, String errorMsg, Throwable error);
    }
}
