package org.gdprretention.platform.hold;

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
        paramList.add(new ParameterDefinitionImpl(PARAM_REASON, DataTypeDefinition.TEXT, true,
                getParamDisplayLabel(PARAM_REASON)));
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
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
}
