package org.gdprretention.platform.hold;

import java.util.Optional;

import java.util.List;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.security.OfficerActionAccessRestriction;
import org.springframework.beans.factory.InitializingBean;

/** Action {@value #NAME}: lifts a legal hold from a document or a folder; statuses follow their dates again. */
public class LiftLegalHoldActionExecuter extends ActionExecuterAbstractBase implements InitializingBean {

    public static final String NAME = "gdpr-lift-legal-hold";

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
        // no parameters: the hold's reason stays in the contact moment that recorded it
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
        // not from a rule, not as the system user: reported, not thrown, so a rule's triggering write still succeeds
        Optional<String> refusal = accessRestriction.refusalToRun(action);
        if (refusal.isPresent()) {
            action.setParameterValue(PARAM_RESULT, refusal.get());
            return;
        }
        if (nodeService.exists(actionedUponNodeRef)) {
            legalHoldService.liftHold(actionedUponNodeRef);
        }
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
