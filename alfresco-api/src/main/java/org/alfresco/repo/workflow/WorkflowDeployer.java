package org.alfresco.repo.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.alfresco.repo.dictionary.DictionaryDAO;
import org.alfresco.repo.security.authentication.AuthenticationContext;
import org.alfresco.repo.tenant.TenantAdminService;
import org.alfresco.repo.tenant.TenantService;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.cmr.workflow.WorkflowAdminService;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.transaction.TransactionService;
import org.springframework.context.ApplicationEvent;
import org.springframework.extensions.surf.util.AbstractLifecycleBean;

/**
 * Compile-only copy of the ACS 26.3 signature of the class behind the abstract bean {@code workflowDeployer}. The
 * setters keep their values so that the module's Spring wiring can be loaded in tests; deploying the definitions,
 * models and labels at start-up ({@link #onBootstrap}) is ACS's.
 */
public class WorkflowDeployer extends AbstractLifecycleBean {

    private List<Properties> workflowDefinitions = new ArrayList<>();
    private List<String> models = new ArrayList<>();
    private List<String> labels = new ArrayList<>();

    public void setWorkflowDefinitions(List<Properties> workflowDefinitions) {
        this.workflowDefinitions = workflowDefinitions;
    }

    public List<Properties> getWorkflowDefinitions() {
        return workflowDefinitions;
    }

    public void setModels(List<String> models) {
        this.models = models;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
    }

    public void setTransactionService(TransactionService transactionService) {
        // ACS's
    }

    public void setAuthenticationContext(AuthenticationContext authenticationContext) {
        // ACS's
    }

    public void setWorkflowService(WorkflowService workflowService) {
        // ACS's
    }

    public void setWorkflowAdminService(WorkflowAdminService workflowAdminService) {
        // ACS's
    }

    public void setDictionaryDAO(DictionaryDAO dictionaryDAO) {
        // ACS's
    }

    public void setNodeService(NodeService nodeService) {
        // ACS's
    }

    public void setSearchService(SearchService searchService) {
        // ACS's
    }

    public void setNamespaceService(NamespaceService namespaceService) {
        // ACS's
    }

    public void setTenantService(TenantService tenantService) {
        // ACS's
    }

    public void setTenantAdminService(TenantAdminService tenantAdminService) {
        // ACS's
    }

    @Override
    protected void onBootstrap(ApplicationEvent event) {
        // ACS deploys here; nothing to do without ACS
    }

    @Override
    protected void onShutdown(ApplicationEvent event) {
        // ACS's
    }
}
