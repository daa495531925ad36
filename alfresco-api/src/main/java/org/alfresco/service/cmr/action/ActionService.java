package org.alfresco.service.cmr.action;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.service.cmr.repository.NodeRef;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface ActionService {

    Action createAction(String name);

    Action createAction(String name, Map<String, Serializable> params);

    void executeAction(Action action, NodeRef actionedUponNodeRef);

    void executeAction(Action action, NodeRef actionedUponNodeRef, boolean checkConditions);

    void executeAction(Action action, NodeRef actionedUponNodeRef, boolean checkConditions,
            boolean executeAsynchronously);
}
