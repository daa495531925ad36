package org.alfresco.service.cmr.workflow;

import java.io.Serializable;
import java.util.Map;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/** Compile-only copy of the ACS 26.3 signature (the members the module calls); ACS supplies the real type. */
public interface WorkflowService {

    WorkflowDefinition getDefinitionByName(String workflowName);

    NodeRef createPackage(NodeRef container);

    WorkflowPath startWorkflow(String workflowDefinitionId, Map<QName, Serializable> parameters);

    WorkflowInstance cancelWorkflow(String workflowId);

    WorkflowInstance getWorkflowById(String workflowId);
}
