package org.gdprretention.platform.extension;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.extension.ExtensionRequest;
import org.gdprretention.platform.config.RepositoryDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ACS side of an extension request: the workflow {@value #DEFINITION} whose review task the officers decide in
 * Share's My Tasks, with the document in its package and what the officer needs to decide as task properties.
 * Started as the requester (Share shows them as its initiator); cancelled as the system user once the request was
 * decided elsewhere (REST) or lapsed, so that no task is left for a request that is closed.
 */
public class ExtensionWorkflow {

    /** ACS's name of the process {@code gdprExtensionRequest} on the Activiti engine. */
    public static final String DEFINITION = "activiti$gdprExtensionRequest";
    public static final String URI = "http://www.gdprretention.org/model/workflow/1.0";
    public static final QName PROP_REASON = QName.createQName(URI, "reason");
    public static final QName PROP_REQUESTED_BY = QName.createQName(URI, "requestedBy");
    public static final QName PROP_REQUEST_ID = QName.createQName(URI, "requestId");
    public static final QName PROP_CURRENT_EXPIRY = QName.createQName(URI, "currentExpiry");
    public static final QName PROP_PROPOSED_EXPIRY = QName.createQName(URI, "proposedExpiry");

    private static final Logger LOGGER = LoggerFactory.getLogger(ExtensionWorkflow.class);

    private final WorkflowService workflowService;
    private final NodeService nodeService;
    private final ZoneId zone;

    public ExtensionWorkflow(WorkflowService workflowService, NodeService nodeService, ZoneId zone) {
        this.workflowService = workflowService;
        this.nodeService = nodeService;
        this.zone = zone;
    }

    /** Starts the review of {@code request} on {@code document}; returns the workflow instance id. */
    public String start(NodeRef document, ExtensionRequest request, LocalDate currentExpiry, LocalDate proposedExpiry) {
        WorkflowDefinition definition = workflowService.getDefinitionByName(DEFINITION);
        if (definition == null) {
            throw new IllegalStateException("The workflow " + DEFINITION + " is not deployed: the module's workflow"
                    + " deployer (gdpr-retention.workflowDeployer) did not run");
        }
        NodeRef workflowPackage = workflowService.createPackage(null);
        // Named by the node id, not the document's name: a name can be personal data.
        nodeService.addChild(workflowPackage, document, WorkflowModel.ASSOC_PACKAGE_CONTAINS,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, document.getId()));
        Map<QName, Serializable> parameters = new HashMap<>();
        parameters.put(WorkflowModel.ASSOC_PACKAGE, workflowPackage);
        parameters.put(WorkflowModel.PROP_WORKFLOW_DESCRIPTION, "Retention extension: " + request.reason());
        parameters.put(PROP_REASON, request.reason());
        parameters.put(PROP_REQUESTED_BY, request.requestedBy());
        parameters.put(PROP_REQUEST_ID, request.id());
        parameters.put(PROP_CURRENT_EXPIRY, RepositoryDates.toDate(currentExpiry, zone));
        parameters.put(PROP_PROPOSED_EXPIRY, RepositoryDates.toDate(proposedExpiry, zone));
        WorkflowPath path = workflowService.startWorkflow(definition.getId(), parameters);
        return path.getInstance().getId();
    }

    /** Cancels the workflow {@code workflowId} if it is still running; a missing id changes nothing. */
    public void cancel(String workflowId) {
        if (workflowId == null) {
            return;
        }
        AuthenticationUtil.runAsSystem(() -> {
            WorkflowInstance instance = workflowService.getWorkflowById(workflowId);
            if (instance != null && instance.isActive()) {
                workflowService.cancelWorkflow(workflowId);
                LOGGER.debug("Cancelled the review workflow {} of a closed extension request", workflowId);
            }
            return null;
        });
    }
}
