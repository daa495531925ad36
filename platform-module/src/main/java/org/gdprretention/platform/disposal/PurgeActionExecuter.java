package org.gdprretention.platform.disposal;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import org.alfresco.repo.action.ParameterDefinitionImpl;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.InvalidRetentionInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.gdprretention.platform.security.OfficerActionAccessRestriction;
import org.springframework.beans.factory.InitializingBean;

/**
 * Action {@value #NAME}: purges the document it runs on through the {@link PurgeService}, with all of its checks
 * (officer or administrator, the caller's own Delete or Read permission, expired, not on hold). Without parameters
 * it is a dry run: a script that forgets the parameter reports instead of destroying. The outcome is the action's
 * {@code result} parameter, e.g. {@code "REFUSED: ON_HOLD: the document is under legal hold; a hold is never
 * overridden"}. Executed inside a transaction (a request), a real purge is {@code SCHEDULED}: it happens once that
 * transaction commits.
 *
 * <p>It does not run from a rule, nor as the system user. A rule runs as whoever triggered it, or as the system
 * user when a system write did (the add-on's own recomputations are such writes), so a rule's purge would act for
 * somebody who never asked for it; saving such a rule is refused already ({@link OfficerActionAccessRestriction}).
 * It reports the refusal rather than throwing: the write that triggered the rule must not fail because of it.
 */
public class PurgeActionExecuter extends ActionExecuterAbstractBase implements InitializingBean {

    public static final String NAME = "gdpr-purge";
    public static final String PARAM_DRY_RUN = "dry-run";
    public static final String PARAM_FORCE_REASON = "force-reason";

    static final String FROM_RULE = OfficerActionAccessRestriction.fromRuleRefusal(NAME);
    static final String AS_SYSTEM = OfficerActionAccessRestriction.asSystemRefusal(NAME);

    private static final Logger LOGGER = LoggerFactory.getLogger(PurgeActionExecuter.class);

    private PurgeService purgeService;
    private OfficerActionAccessRestriction accessRestriction;
    private int batchLimit = 500;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "purgeService", purgeService);
        PropertyCheck.mandatory(this, "accessRestriction", accessRestriction);
        if (batchLimit <= 0) {
            throw new InvalidRetentionInputException("gdpr-retention.purge.batchLimit", batchLimit,
                    "must be greater than 0");
        }
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        paramList.add(new ParameterDefinitionImpl(PARAM_DRY_RUN, DataTypeDefinition.BOOLEAN, false,
                getParamDisplayLabel(PARAM_DRY_RUN)));
        paramList.add(new ParameterDefinitionImpl(PARAM_FORCE_REASON, DataTypeDefinition.TEXT, false,
                getParamDisplayLabel(PARAM_FORCE_REASON)));
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
        Optional<String> refusal = accessRestriction.refusalToRun(action);
        if (refusal.isPresent()) {
            LOGGER.warn("{} on {} refused: {}", NAME, actionedUponNodeRef, refusal.get());
            action.setParameterValue(PARAM_RESULT, refusal.get());
            return;
        }
        Serializable forceReason = action.getParameterValue(PARAM_FORCE_REASON);
        PurgeOptions options = new PurgeOptions(dryRun(action.getParameterValue(PARAM_DRY_RUN)),
                forceReason == null ? null : forceReason.toString(), batchLimit);
        PurgeReport report = purgeService.purge(List.of(actionedUponNodeRef), options);
        PurgeOutcome outcome = report.outcomes().get(0);
        action.setParameterValue(PARAM_RESULT, outcome.result() + ": " + outcome.reason());
    }

    /** Only an explicit false (a boolean, or the text a form or script sends) turns the dry run off. */
    static boolean dryRun(Serializable value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new InvalidRetentionInputException(PARAM_DRY_RUN, value, "must be true or false");
    }

    public void setPurgeService(PurgeService purgeService) {
        this.purgeService = purgeService;
    }

    /** The restriction ACS checks when a rule is saved; also tells whether a run comes from a rule. */
    public void setAccessRestriction(OfficerActionAccessRestriction accessRestriction) {
        this.accessRestriction = accessRestriction;
        setActionAccessRestrictions(List.of(accessRestriction));
    }

    /** {@code gdpr-retention.purge.batchLimit}. */
    public void setBatchLimit(int batchLimit) {
        this.batchLimit = batchLimit;
    }
}
