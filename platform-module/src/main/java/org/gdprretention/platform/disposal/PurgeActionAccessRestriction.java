package org.gdprretention.platform.disposal;

import org.alfresco.repo.action.access.ActionAccessException;
import org.alfresco.repo.action.access.ActionAccessRestriction;
import org.alfresco.repo.action.access.ActionAccessRestrictionAbstractBase;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.security.AuthorityService;

/**
 * ACS's access restriction for the action {@value PurgeActionExecuter#NAME}. ACS asks it when somebody saves a
 * rule with the action (the action's context is then {@code rule}), and when the action is executed through the
 * v0 or v1 REST API or a form. Saving a rule asks only ChangePermissions on the folder, so without this any folder
 * owner could set a purge up to run on every document below it.
 * <ul>
 * <li>In a rule it is refused to everybody: the action does not run from a rule (see
 * {@link PurgeActionExecuter}), so a rule with it could only ever fail.</li>
 * <li>Executed through REST or a form, only administrators and GDPR officers may use it.</li>
 * </ul>
 * ACS does not ask a restriction again when a saved rule runs; the action checks that itself.
 */
public class PurgeActionAccessRestriction extends ActionAccessRestrictionAbstractBase {

    private AuthorityService authorityService;

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    /**
     * A rule being saved is always checked, even where the configuration would expose the action. A saved rule that
     * runs (its action stored under the rule) is left to the action, which reports its refusal: throwing here would
     * fail the write that triggered the rule.
     */
    @Override
    protected boolean blockAccessRestriction(Action action) {
        if (fromRuleContext(action) && !storedUnderRule(action)) {
            return false;
        }
        return super.blockAccessRestriction(action);
    }

    @Override
    protected void innerVerifyAccessRestriction(Action action) {
        if (fromRuleContext(action)) {
            throw new ActionAccessException("The action " + PurgeActionExecuter.NAME + " cannot be used in a rule:"
                    + " documents are purged by an officer or administrator, or by the expiry job");
        }
        if (!new PurgePermission(authorityService).currentCaller().isPerson()) {
            throw new ActionAccessException("Only an administrator or a member of " + PurgePermission.OFFICERS_GROUP
                    + " may use the action " + PurgeActionExecuter.NAME);
        }
    }

    /**
     * Whether the action is, or will be, run by a rule: being saved in one (ACS marks the context), or stored
     * under one. A stored action whose parents the current user may not read counts as a rule's: refusing is safe.
     */
    boolean fromRule(Action action) {
        if (fromRuleContext(action)) {
            return true;
        }
        return storedUnderRule(action);
    }

    private boolean storedUnderRule(Action action) {
        try {
            return isActionCausedByRule(action);
        } catch (AccessDeniedException e) {
            return true;
        }
    }

    private static boolean fromRuleContext(Action action) {
        return ActionAccessRestriction.RULE_ACTION_CONTEXT.equals(ActionAccessRestriction.getActionContext(action));
    }
}
