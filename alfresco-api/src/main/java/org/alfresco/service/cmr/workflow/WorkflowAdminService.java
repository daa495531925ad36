package org.alfresco.service.cmr.workflow;

/** Compile-only copy of the ACS 26.3 signature (no members needed); ACS supplies the real type. */
public interface WorkflowAdminService {
}
