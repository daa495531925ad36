package org.gdprretention.platform.hold;

import java.util.Optional;

import java.io.Serializable;
import java.util.List;
import org.alfresco.repo.action.ParameterDefinitionImpl;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.security.OfficerActionAccessRestriction;
import org.springframework.beans.factory.InitializingBean;

/**
 * Action {@value #NAME}: places a legal hold on a document or a folder (and so on everything in it), which blocks every
 * purge until it is lifted.
 */
public class SetLegalHoldActionExecuter extends ActionExecuterAbstractBase implements InitializingBean {

    public static final String NAME = "gdpr-set-legal-hold";
    public static final String PARAM_REASON = "reason";

    private NodeService nodeService;
    private LegalHoldService legalHoldService;
    private OfficerActionAccessRestriction accessRestriction;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "legalHoldService", legalHoldService);
        PropertyCheck.mandatory(this, "accessRestriction", accessRestriction);
        // ACS offers an action (rule editor, action lists) only for the types it declares; the service refuses
        // other nodes itself, because ACS's execute() does not check this declaration.
        setApplicableTypes(LegalHoldService.HOLDABLE_TYPES);
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        paramList.add(new ParameterDefinitionImpl(PARAM_REASON, DataTypeDefinition.TEXT, true,
                getParamDisplayLabel(PARAM_REASON)));
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
        // not from a rule, not as the system user: reported, not thrown, so a rule's triggering write still succeeds
        Optional<String> refusal = accessRestriction.refusalToRun(action);
        if (refusal.isPresent()) {
            action.setParameterValue(PARAM_RESULT, refusal.get());
            return;
        }
        if (!nodeService.exists(actionedUponNodeRef)) {
            return;
        }
        Serializable reason = action.getParameterValue(PARAM_REASON);
        legalHoldService.placeHold(actionedUponNodeRef, reason == null ? null : reason.toString());
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setLegalHoldService(LegalHoldService legalHoldService) {
        this.legalHoldService = legalHoldService;
    }

    /** The restriction ACS checks when a rule is saved; also tells whether a run comes from a rule. */
    public void setAccessRestriction(OfficerActionAccessRestriction accessRestriction) {
        this.accessRestriction = accessRestriction;
        setActionAccessRestrictions(java.util.List.of(accessRestriction));
    }
}
