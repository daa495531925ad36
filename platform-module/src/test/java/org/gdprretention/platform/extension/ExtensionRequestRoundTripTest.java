package org.gdprretention.platform.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.extension.ExtensionRequestFixture.EMPLOYEE;
import static org.gdprretention.platform.extension.ExtensionRequestFixture.OFFICER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.ProcessEngineConfiguration;
import org.activiti.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.model.RetentionModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * From the action's request to the officer's decision through the real process on a real Activiti 5.23 engine: the
 * workflow service double starts the process as ACS's does (the start parameters become process variables named
 * {@code prefix_localName}), the listener is found in the engine's bean registry as in ACS, and the decision lands
 * in the in-memory repository.
 */
class ExtensionRequestRoundTripTest {

    private static ProcessEngine engine;
    private static final Map<Object, Object> BEAN_REGISTRY = new HashMap<>();

    private final ExtensionRequestFixture fixture = new ExtensionRequestFixture();

    @BeforeAll
    static void startEngine() throws IOException {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:gdpr-extension-roundtrip;DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setBeans(BEAN_REGISTRY);
        engine = configuration.buildProcessEngine();
        try (InputStream in = ExtensionRequestRoundTripTest.class.getClassLoader()
                .getResourceAsStream(ExtensionRequestProcessTest.BPMN)) {
            engine.getRepositoryService().createDeployment().addString("extension-request.bpmn20.xml",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)).deploy();
        }
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void wire() {
        ExtensionDecisionListener listener = new ExtensionDecisionListener();
        listener.setDecisions(fixture.service);
        listener.afterPropertiesSet();
        BEAN_REGISTRY.clear();
        listener.setBeanRegistry(BEAN_REGISTRY);
        new ExtensionRequestStartCheck().setBeanRegistry(BEAN_REGISTRY);
        when(fixture.workflowService.startWorkflow(anyString(), any())).thenAnswer(call -> {
            Map<QName, Serializable> parameters = call.getArgument(1);
            ProcessInstance process = engine.getRuntimeService()
                    .startProcessInstanceByKey("gdprExtensionRequest", variables(parameters));
            WorkflowInstance instance = mock(WorkflowInstance.class);
            when(instance.getId()).thenReturn("activiti$" + process.getId());
            WorkflowPath path = mock(WorkflowPath.class);
            when(path.getInstance()).thenReturn(instance);
            return path;
        });
    }

    @AfterEach
    void signOut() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void anOfficerApprovingTheTaskExtendsTheDocument() {
        NodeRef document = fixture.document("2023-07-01");
        fixture.signInAs(EMPLOYEE);
        PendingExtensionRequest filed = fixture.service.request(document, "candidate pool");
        Task task = reviewTask(filed);
        assertThat(engine.getTaskService().getVariable(task.getId(), "gdprwf_requestedBy")).isEqualTo(EMPLOYEE);

        fixture.signInAs(OFFICER);
        engine.getTaskService().complete(task.getId(), Map.of(ExtensionDecisionListener.VAR_OUTCOME, "Approve",
                ExtensionDecisionListener.VAR_COMMENT, "one more year"));

        assertThat(fixture.expiry(document)).isEqualTo("2026-07-01");
        assertThat(fixture.repository.hasAspect(document, RetentionModel.ASPECT_EXTENSION_REQUEST)).isFalse();
        assertThat(fixture.moments(document)).last()
                .isEqualTo("EXTENSION_APPROVED TASK olga 2025-07-01->2026-07-01 one more year");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(processId(filed)).singleResult()).as("the process ended").isNull();
    }

    @Test
    void theRequesterCompletingThePooledTaskIsRefusedAndNothingChanges() {
        NodeRef document = fixture.document("2023-07-01");
        fixture.signInAs(EMPLOYEE);
        PendingExtensionRequest filed = fixture.service.request(document, "candidate pool");
        Task task = reviewTask(filed);

        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(),
                Map.of(ExtensionDecisionListener.VAR_OUTCOME, "Approve")))
                .hasRootCauseInstanceOf(AccessDeniedException.class);

        assertThat(fixture.expiry(document)).isEqualTo("2025-07-01");
        assertThat(fixture.service.find(filed.id())).isPresent();
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
    }

    private static Task reviewTask(PendingExtensionRequest filed) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processId(filed))
                .taskCandidateGroup("GROUP_GDPR_OFFICERS").singleResult();
    }

    private static String processId(PendingExtensionRequest filed) {
        return filed.workflowId().substring("activiti$".length());
    }

    // As ACS's ActivitiPropertyConverter names them: the prefix, an underscore, the local name; node references as
    // ACS's script nodes would carry them are out of reach here, so they travel as text.
    private static Map<String, Object> variables(Map<QName, Serializable> parameters) {
        Map<String, Object> variables = new HashMap<>();
        parameters.forEach((name, value) -> {
            String prefix = ExtensionWorkflow.URI.equals(name.getNamespaceURI()) ? "gdprwf"
                    : NamespaceService.BPM_MODEL_1_0_URI.equals(name.getNamespaceURI()) ? "bpm" : "x";
            variables.put(prefix + "_" + name.getLocalName(), value instanceof NodeRef ? value.toString() : value);
        });
        return variables;
    }
}
