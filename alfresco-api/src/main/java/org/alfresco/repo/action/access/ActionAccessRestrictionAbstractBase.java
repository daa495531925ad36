package org.alfresco.repo.action.access;

import java.util.Properties;
import java.util.Set;

import org.alfresco.repo.action.ActionModel;
import org.alfresco.repo.rule.RuleModel;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;

/**
 * Compile-only copy of the ACS 26.3 signature, behaving as ACS's class does so that a restriction built on it can
 * be tested:
 * <ul>
 * <li>the restriction is skipped for an action that is "exposed": one whose context is none of rule, form
 * processor, v0 or v1 (a Java or script call), or for which the configuration says
 * {@code org.alfresco.repo.action.<name>[.<context>].exposed=true} (the context-specific key first);</li>
 * <li>it is skipped too for an action stored under a rule (its primary parents, past composite actions, reach a
 * {@code rule:rule}): ACS deems a saved rule checked when it was saved, so it does not check again when the rule
 * runs;</li>
 * <li>otherwise {@link #innerVerifyAccessRestriction} decides.</li>
 * </ul>
 */
public abstract class ActionAccessRestrictionAbstractBase implements ActionAccessRestriction {

    private static final Set<String> CONTROLLED_CONTEXTS = Set.of(RULE_ACTION_CONTEXT, FORM_PROCESSOR_ACTION_CONTEXT,
            V0_ACTION_CONTEXT, V1_ACTION_CONTEXT);

    protected NodeService nodeService;
    private Properties configProperties = new Properties();

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setConfigProperties(Properties configProperties) {
        this.configProperties = configProperties;
    }

    @Override
    public void verifyAccessRestriction(Action action) {
        if (!blockAccessRestriction(action)) {
            innerVerifyAccessRestriction(action);
        }
    }

    protected boolean blockAccessRestriction(Action action) {
        return isActionExposed(action) || isActionCausedByRule(action);
    }

    protected boolean isActionExposed(Action action) {
        String context = ActionAccessRestriction.getActionContext(action);
        if (context == null || !CONTROLLED_CONTEXTS.contains(context)) {
            return true;
        }
        String prefix = "org.alfresco.repo.action." + action.getActionDefinitionName();
        String configured = configProperties.getProperty(prefix + "." + context + ".exposed");
        if (configured == null) {
            configured = configProperties.getProperty(prefix + ".exposed");
        }
        return Boolean.parseBoolean(configured);
    }

    protected boolean isActionCausedByRule(Action action) {
        if (action.getNodeRef() == null) {
            return false;
        }
        NodeRef parent = nodeService.getPrimaryParent(action.getNodeRef()).getParentRef();
        while (ActionModel.TYPE_COMPOSITE_ACTION.equals(nodeService.getType(parent))) {
            parent = nodeService.getPrimaryParent(parent).getParentRef();
        }
        return RuleModel.TYPE_RULE.equals(nodeService.getType(parent));
    }

    protected abstract void innerVerifyAccessRestriction(Action action);
}
