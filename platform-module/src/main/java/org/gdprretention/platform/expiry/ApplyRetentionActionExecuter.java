package org.gdprretention.platform.expiry;

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
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.platform.catalogue.RetentionTypeParameterConstraint;
import org.springframework.beans.factory.InitializingBean;

/**
 * Rule action {@value #NAME}: gives a document a retention type, e.g. on everything filed into a dossier folder.
 * A type the document already has wins over the rule (the engine's binding precedence).
 */
public class ApplyRetentionActionExecuter extends ActionExecuterAbstractBase implements InitializingBean {

    public static final String NAME = "gdpr-apply-retention";
    public static final String PARAM_RETENTION_TYPE = "retention-type";
    public static final String PARAM_START_DATE_PROPERTY = "start-date-property";

    private NodeService nodeService;
    private RetentionApplier applier;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "applier", applier);
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        // The constraint makes Share's action form and the rule editor offer the catalogue's types as a drop-down.
        paramList.add(new ParameterDefinitionImpl(PARAM_RETENTION_TYPE, DataTypeDefinition.TEXT, true,
                getParamDisplayLabel(PARAM_RETENTION_TYPE), false, RetentionTypeParameterConstraint.NAME));
        paramList.add(new ParameterDefinitionImpl(PARAM_START_DATE_PROPERTY, DataTypeDefinition.TEXT, false,
                getParamDisplayLabel(PARAM_START_DATE_PROPERTY)));
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
        if (!nodeService.exists(actionedUponNodeRef)) {
            return;
        }
        Serializable code = action.getParameterValue(PARAM_RETENTION_TYPE);
        if (code == null || code.toString().isBlank()) {
            throw new InvalidRetentionInputException(PARAM_RETENTION_TYPE, code, "a retention type code is required");
        }
        Serializable startProperty = action.getParameterValue(PARAM_START_DATE_PROPERTY);
        applier.applyFromRule(actionedUponNodeRef, code.toString().trim(),
                startProperty == null ? null : startProperty.toString());
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setApplier(RetentionApplier applier) {
        this.applier = applier;
    }
}
