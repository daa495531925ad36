package org.alfresco.repo.action.executer;

import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionDefinition;
import org.alfresco.service.cmr.repository.NodeRef;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface ActionExecuter {

    String PARAM_RESULT = "result";

    void execute(Action action, NodeRef actionedUponNodeRef);

    ActionDefinition getActionDefinition();

    boolean getIgnoreLock();

    String getQueueName();

    boolean getTrackStatus();

    default boolean isExecuteAsynchronously(NodeRef actionedUponNodeRef) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    default void verifyActionAccessRestrictions(Action action) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }
}
