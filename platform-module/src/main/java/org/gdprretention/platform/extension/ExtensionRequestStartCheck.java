package org.gdprretention.platform.extension;

import java.util.Map;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.ExecutionListener;
import org.alfresco.service.ServiceRegistry;
import org.gdprretention.core.InvalidRetentionInputException;

/**
 * Start listener of {@code gdprExtensionRequest}: the process only reviews a request the module filed on its document
 * ({@link ExtensionRequestService#request}, through the action {@value RequestExtensionActionExecuter#NAME}), which
 * hands it the request id. Started any other way (e.g. from Share's "Start workflow" page) there is no request to
 * decide and no purge hold behind it, so the start is refused with a pointer to the action. Reached through ACS's
 * process engine bean registry like {@link ExtensionDecisionListener}.
 */
public class ExtensionRequestStartCheck implements ExecutionListener {

    /** The name the BPMN uses: {@code delegateExpression="${gdprExtensionRequestStartCheck}"}. */
    public static final String REGISTRY_NAME = "gdprExtensionRequestStartCheck";

    private static final long serialVersionUID = 1L;

    @Override
    public void notify(DelegateExecution execution) {
        Object requestId = execution.getVariable(ExtensionDecisionListener.VAR_REQUEST_ID);
        if (requestId == null || requestId.toString().isBlank()) {
            throw new InvalidRetentionInputException(ExtensionRequestService.REQUEST_ID_FIELD, requestId,
                    "a retention extension is requested with the action '" + RequestExtensionActionExecuter.NAME
                            + "' on the document, which starts this review itself");
        }
    }

    /** ACS's process engine bean registry (see {@link ExtensionDecisionListener}). */
    public void setBeanRegistry(Map<Object, Object> beanRegistry) {
        beanRegistry.put(REGISTRY_NAME, this);
    }

    /** Set by ACS's {@code baseExecutionListener}; not needed. */
    public void setServiceRegistry(ServiceRegistry serviceRegistry) {
        // deliberately unused
    }
}
