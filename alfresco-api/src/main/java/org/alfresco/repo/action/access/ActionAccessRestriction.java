package org.alfresco.repo.action.access;

import org.alfresco.service.cmr.action.Action;

/**
 * Compile-only copy of the ACS 26.3 signature. The context helpers work as in ACS: the context is the action's
 * parameter {@value #ACTION_CONTEXT_PARAM_NAME}, which ACS's rule APIs set to {@value #RULE_ACTION_CONTEXT} before
 * they check a rule's actions, and which is saved with the rule.
 */
public interface ActionAccessRestriction {

    String ACTION_CONTEXT_PARAM_NAME = "actionContext";
    String RULE_ACTION_CONTEXT = "rule";
    String FORM_PROCESSOR_ACTION_CONTEXT = "formProcessor";
    String V0_ACTION_CONTEXT = "v0";
    String V1_ACTION_CONTEXT = "v1";

    static void setActionContext(Action action, String actionContext) {
        action.setParameterValue(ACTION_CONTEXT_PARAM_NAME, actionContext);
    }

    static String getActionContext(Action action) {
        return (String) action.getParameterValue(ACTION_CONTEXT_PARAM_NAME);
    }

    void verifyAccessRestriction(Action action);
}
