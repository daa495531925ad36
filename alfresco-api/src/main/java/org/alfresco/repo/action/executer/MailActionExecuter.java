package org.alfresco.repo.action.executer;

import java.util.List;

import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Compile-only copy of the ACS 26.3 signature. The add-on only uses the action's name and parameter names, to
 * create a mail action through the action service; ACS's bean {@code mail} does the sending.
 */
public class MailActionExecuter extends ActionExecuterAbstractBase {

    public static final String NAME = "mail";
    public static final String PARAM_LOCALE = "locale";
    public static final String PARAM_TO = "to";
    public static final String PARAM_CC = "cc";
    public static final String PARAM_BCC = "bcc";
    public static final String PARAM_TO_MANY = "to_many";
    public static final String PARAM_SUBJECT = "subject";
    public static final String PARAM_SUBJECT_PARAMS = "subjectParams";
    public static final String PARAM_TEXT = "text";
    public static final String PARAM_HTML = "html";
    public static final String PARAM_FROM = "from";
    public static final String PARAM_FROM_PERSONAL_NAME = "fromPersonalName";
    public static final String PARAM_TEMPLATE = "template";
    public static final String PARAM_TEMPLATE_MODEL = "template_model";
    public static final String PARAM_IGNORE_SEND_FAILURE = "ignore_send_failure";
    public static final String PARAM_SEND_AFTER_COMMIT = "send_after_commit";

    @Override
    protected void executeImpl(Action ruleAction, NodeRef actionedUponNodeRef) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }
}
