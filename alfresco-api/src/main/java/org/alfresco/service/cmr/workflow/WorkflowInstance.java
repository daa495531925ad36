package org.alfresco.service.cmr.workflow;

import java.io.Serializable;

/**
 * Compile-only copy of the ACS 26.3 signature (the members the module calls); ACS supplies the real type and
 * builds its instances, so this copy declares no public constructor.
 */
public class WorkflowInstance implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final boolean active;

    private WorkflowInstance(String id, boolean active) {
        this.id = id;
        this.active = active;
    }

    public String getId() {
        return id;
    }

    public boolean isActive() {
        return active;
    }
}
