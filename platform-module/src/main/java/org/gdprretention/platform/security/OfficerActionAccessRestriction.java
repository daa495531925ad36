package org.gdprretention.platform.security;

import java.util.Optional;

import org.alfresco.repo.action.access.ActionAccessException;
import org.alfresco.repo.action.access.ActionAccessRestriction;
import org.alfresco.repo.action.access.ActionAccessRestrictionAbstractBase;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.security.AuthorityService;

/**
 * ACS's access restriction for the module's officer actions ({@code gdpr-purge}, {@code gdpr-set-legal-hold},
 * {@code gdpr-lift-legal-hold}; one bean per action). ACS asks it when somebody saves a rule with the action (the
 * action's context is then {@code rule}), and when the action is executed through the v0 or v1 REST API or a form.
 * Saving a rule asks only ChangePermissions on the folder, so without this any folder owner could set such an action
 * up to run on every node below it, as whoever (or whatever: the system user, for a system write) triggers the rule.
 * <ul>
 * <li>In a rule it is refused to everybody: the actions do not run from a rule (each checks {@link #fromRule}), so a
 * rule with one could only ever fail.</li>
 * <li>Executed through REST or a form, only administrators and GDPR officers may use it.</li>
 * </ul>
 * ACS does not ask a restriction again when a saved rule runs; the action checks that itself and reports the
 * refusal as its result (throwing would fail the write that triggered the rule).
 */
public class OfficerActionAccessRestriction extends ActionAccessRestrictionAbstractBase {

    private AuthorityService authorityService;
    private String actionName = "this action";

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    /** The action's name, for the refusal messages. */
    public void setActionName(String actionName) {
        this.actionName = actionName;
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
            throw new ActionAccessException("The action " + actionName + " cannot be used in a rule: it acts for a"
                    + " GDPR officer or administrator, who runs it as themselves");
        }
        String person = GdprOfficers.currentPerson();
        if (AuthenticationUtil.getSystemUserName().equals(person)
                || !new GdprOfficers(authorityService).includes(person)) {
            throw new ActionAccessException("Only an administrator or a member of " + GdprOfficers.GROUP
                    + " may use the action " + actionName);
        }
    }

    /**
     * Whether the action is, or will be, run by a rule: being saved in one (ACS marks the context), or stored
     * under one. A stored action whose parents the current user may not read counts as a rule's: refusing is safe.
     */
    public boolean fromRule(Action action) {
        if (fromRuleContext(action)) {
            return true;
        }
        return storedUnderRule(action);
    }

    /**
     * Why the action may not run now, as its {@code result}: from a rule, or as the system user; empty when it may
     * (the person's own rights are checked by the service it calls).
     */
    public Optional<String> refusalToRun(Action action) {
        if (fromRule(action)) {
            return Optional.of(fromRuleRefusal(actionName));
        }
        if (asSystem()) {
            return Optional.of(asSystemRefusal(actionName));
        }
        return Optional.empty();
    }

    /** The result of an officer action that was started by a rule. */
    public static String fromRuleRefusal(String actionName) {
        return "REFUSED: FROM_RULE: " + actionName + " does not run from a rule; a GDPR officer or administrator"
                + " runs it as themselves";
    }

    /** The result of an officer action that was started as the system user. */
    public static String asSystemRefusal(String actionName) {
        return "REFUSED: NOT_PERMITTED: " + actionName + " does not run as the system user; a GDPR officer or"
                + " administrator runs it as themselves";
    }

    /** Whether the action runs as the system user, on its own account or for a rule a system write triggered. */
    public static boolean asSystem() {
        return AuthenticationUtil.isRunAsUserTheSystemUser()
                || AuthenticationUtil.getSystemUserName().equals(AuthenticationUtil.getFullyAuthenticatedUser());
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
