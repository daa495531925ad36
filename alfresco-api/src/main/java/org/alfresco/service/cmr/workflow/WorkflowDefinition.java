package org.alfresco.service.cmr.workflow;

import java.io.Serializable;

/**
 * Compile-only copy of the ACS 26.3 signature (the members the module calls); ACS supplies the real type and
 * builds its instances, so this copy declares no public constructor.
 */
public class WorkflowDefinition implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;

    private WorkflowDefinition(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }
}
