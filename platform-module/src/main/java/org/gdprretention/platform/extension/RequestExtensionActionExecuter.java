package org.gdprretention.platform.extension;

import java.io.Serializable;
import java.util.List;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.action.ParameterDefinitionImpl;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.security.OfficerActionAccessRestriction;
import org.springframework.beans.factory.InitializingBean;

/**
 * Action {@value #NAME}: asks a GDPR officer to keep the document longer, with a reason, by starting the review
 * workflow ({@link ExtensionRequestService#request}). Any user who can read the document may ask. A refusal (type
 * not extendable, maximum reached, a request already pending, document expired, no reason) is thrown with the
 * engine's message, which Share shows. As the system user (a rule fired by a system write) nobody would be the
 * requester: the action then does nothing and reports why as its result.
 */
public class RequestExtensionActionExecuter extends ActionExecuterAbstractBase implements InitializingBean {

    public static final String NAME = "gdpr-request-extension";
    public static final String PARAM_REASON = "reason";

    private ExtensionRequestService requestService;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "requestService", requestService);
        setApplicableTypes(new String[] {ContentModel.TYPE_CONTENT.toString()});
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        paramList.add(new ParameterDefinitionImpl(PARAM_REASON, DataTypeDefinition.TEXT, true,
                getParamDisplayLabel(PARAM_REASON)));
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
        if (OfficerActionAccessRestriction.asSystem()) {
            action.setParameterValue(PARAM_RESULT, "REFUSED: NOT_PERMITTED: " + NAME + " is asked for by a person,"
                    + " not by the system user");
            return;
        }
        Serializable reason = action.getParameterValue(PARAM_REASON);
        PendingExtensionRequest filed = requestService.request(actionedUponNodeRef,
                reason == null ? null : reason.toString());
        action.setParameterValue(PARAM_RESULT, filed.id());
    }

    public void setRequestService(ExtensionRequestService requestService) {
        this.requestService = requestService;
    }
}
