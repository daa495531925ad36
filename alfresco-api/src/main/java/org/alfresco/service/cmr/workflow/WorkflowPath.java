package org.alfresco.service.cmr.workflow;

/**
 * Compile-only copy of the ACS 26.3 signature (the members the module calls); ACS supplies the real type and
 * builds its instances, so this copy declares no public constructor.
 */
public class WorkflowPath {

    private final String id;
    private final WorkflowInstance instance;

    private WorkflowPath(String id, WorkflowInstance instance) {
        this.id = id;
        this.instance = instance;
    }

    public String getId() {
        return id;
    }

    public WorkflowInstance getInstance() {
        return instance;
    }
}
