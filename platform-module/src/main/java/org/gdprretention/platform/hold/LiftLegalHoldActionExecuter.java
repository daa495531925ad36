package org.gdprretention.platform.hold;

import java.util.List;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;

/** Action {@value #NAME}: lifts a legal hold from a document or a folder; statuses follow their dates again. */
public class LiftLegalHoldActionExecuter extends ActionExecuterAbstractBase implements InitializingBean {

    public static final String NAME = "gdpr-lift-legal-hold";

    private NodeService nodeService;
    private LegalHoldService legalHoldService;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "legalHoldService", legalHoldService);
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
}
