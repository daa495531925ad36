package org.gdprretention.platform.extension;

import java.util.Map;
import java.util.Objects;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.alfresco.service.ServiceRegistry;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;

/**
 * Completion listener of the review task of {@code gdprExtensionRequest}: hands the officer's decision to the
 * repository ({@link ReviewDecisions}) and leaves what was decided in the process variable {@value #VAR_DECISION},
 * on which the process routes to its "approved" or "denied" end.
 *
 * <p>How the BPMN reaches this bean, as ACS does it (read in ACS's {@code alfresco/activiti-context.xml}): ACS's
 * process engine configuration resolves expressions such as {@code delegateExpression="${...}"} only against the
 * map {@code activitiBeanRegistry} (its {@code beans} property), not against the Spring context. ACS's abstract
 * beans {@code baseJavaDelegate} and {@code baseExecutionListener} inject that map through {@code setBeanRegistry},
 * and their classes put themselves into it. This bean's Spring definition has {@code parent="baseExecutionListener"}
 * to receive the same map (and the service registry, which it does not need), and puts itself in under the fixed
 * name {@value #REGISTRY_NAME} that the BPMN names.
 *
 * <p>The listener runs inside the transaction that completes the task, as the person completing it. Anyone the
 * task's permissions let complete it (the requester, as the workflow's initiator, can) reaches this listener; the
 * repository refuses everyone but GDPR officers and administrators, and the refusal rolls the completion back.
 */
public class ExtensionDecisionListener implements TaskListener, InitializingBean {

    /** The name the BPMN uses: {@code delegateExpression="${gdprExtensionDecisionListener}"}. */
    public static final String REGISTRY_NAME = "gdprExtensionDecisionListener";
    /** Task variables as ACS names the task model's properties (prefix, underscore, local name). */
    public static final String VAR_OUTCOME = "gdprwf_reviewOutcome";
    public static final String VAR_REQUEST_ID = "gdprwf_requestId";
    public static final String VAR_COMMENT = "bpm_comment";
    /** What was decided, for the process's gateway. */
    public static final String VAR_DECISION = "gdprwf_decision";

    private static final long serialVersionUID = 1L;

    private transient ReviewDecisions decisions;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "decisions", decisions);
    }

    @Override
    public void notify(DelegateTask task) {
        ReviewOutcome outcome = ReviewOutcome.ofTaskValue(task.getVariable(VAR_OUTCOME));
        String requestId = text(task.getVariable(VAR_REQUEST_ID));
        decisions.decideFromTask(requestId, outcome, text(task.getVariable(VAR_COMMENT)));
        task.getExecution().setVariable(VAR_DECISION, outcome.taskValue());
    }

    /** ACS's process engine bean registry (see the class comment). */
    public void setBeanRegistry(Map<Object, Object> beanRegistry) {
        beanRegistry.put(REGISTRY_NAME, this);
    }

    /** Set by ACS's {@code baseExecutionListener}; not needed: the decisions come through {@link ReviewDecisions}. */
    public void setServiceRegistry(ServiceRegistry serviceRegistry) {
        // deliberately unused
    }

    public void setDecisions(ReviewDecisions decisions) {
        this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
