package org.alfresco.repo.audit;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.service.cmr.audit.AuditQueryParameters;
import org.alfresco.service.cmr.audit.AuditService;

/**
 * Compile-only copy of the ACS 26.3 signature (the members the add-on uses): the lower-case {@code auditComponent}
 * bean, which records values into and queries ACS's audit trail without method security.
 */
public interface AuditComponent {

    Map<String, Serializable> recordAuditValues(String rootPath, Map<String, Serializable> values);

    Map<String, Serializable> recordAuditValuesWithUserFilter(String rootPath, Map<String, Serializable> values,
            boolean useUserFilter);

    void auditQuery(AuditService.AuditQueryCallback callback, AuditQueryParameters parameters, int maxResults);
}
