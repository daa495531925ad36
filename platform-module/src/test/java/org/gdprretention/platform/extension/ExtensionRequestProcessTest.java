package org.gdprretention.platform.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.ProcessEngineConfiguration;
import org.activiti.engine.history.HistoricActivityInstance;
import org.activiti.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.activiti.engine.repository.ProcessDefinition;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The module's BPMN on a real Activiti 5.23 engine (ACS 26.3's) with an in-memory H2 database. The engine resolves
 * {@code ${gdprExtensionDecisionListener}} only in its bean map, as ACS's {@code activitiBeanRegistry}; the map is
 * filled the way ACS fills it, by the listener's own {@code setBeanRegistry}. The repository side of the decision is
 * a mock: what it receives, and what a refusal from it does to the task, is what is tested here.
 */
class ExtensionRequestProcessTest {

    static final String BPMN = "alfresco/module/gdpr-retention-platform/workflow/extension-request.bpmn20.xml";

    private static ProcessEngine engine;
    private static final Map<Object, Object> BEAN_REGISTRY = new HashMap<>();
    private static ReviewDecisions decisions;

    @BeforeAll
    static void startEngine() throws IOException {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:gdpr-extension-wf;DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory("full");
        configuration.setBeans(BEAN_REGISTRY);
        engine = configuration.buildProcessEngine();
        try (InputStream in = ExtensionRequestProcessTest.class.getClassLoader().getResourceAsStream(BPMN)) {
            assertThat(in).as(BPMN).isNotNull();
            engine.getRepositoryService().createDeployment()
                    .addString("extension-request.bpmn20.xml", new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .deploy();
        }
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void freshListener() {
        decisions = mock(ReviewDecisions.class);
        BEAN_REGISTRY.clear();
        ExtensionDecisionListener listener = new ExtensionDecisionListener();
        listener.setDecisions(decisions);
        listener.setBeanRegistry(BEAN_REGISTRY);
        new ExtensionRequestStartCheck().setBeanRegistry(BEAN_REGISTRY);
    }

    @Test
    void theDeployedProcessHasTheFixedIdAndName() {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("gdprExtensionRequest").latestVersion().singleResult();

        assertThat(definition).isNotNull();
        assertThat(definition.getName()).isEqualTo("Retention extension request");
    }

    @Test
    void startingGivesOneReviewTaskToTheOfficersGroupAndNoOneElse() {
        ProcessInstance process = start("req-1");

        List<Task> officers = engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskCandidateGroup("GROUP_GDPR_OFFICERS").list();
        assertThat(officers).hasSize(1);
        assertThat(officers.get(0).getTaskDefinitionKey()).isEqualTo("reviewTask");
        assertThat(officers.get(0).getFormKey()).isEqualTo("gdprwf:reviewExtensionRequestTask");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskCandidateGroup("GROUP_SITE_USERS").list()).isEmpty();
        assertThat(officers.get(0).getAssignee()).isNull();
        verifyNoInteractions(decisions);
    }

    @Test
    void approvingReachesTheListenerWithTheOutcomeAndEndsOnTheApprovedPath() {
        ProcessInstance process = start("req-2");
        Task task = reviewTask(process);

        engine.getTaskService().complete(task.getId(), Map.of(ExtensionDecisionListener.VAR_OUTCOME, "Approve",
                ExtensionDecisionListener.VAR_COMMENT, "keep it, case reopened"));

        verify(decisions).decideFromTask("req-2", ReviewOutcome.APPROVE, "keep it, case reopened");
        assertThat(endedAt(process)).containsExactly("approved");
    }

    @Test
    void denyingReachesTheListenerWithTheOutcomeAndEndsOnTheDeniedPath() {
        ProcessInstance process = start("req-3");
        Task task = reviewTask(process);

        engine.getTaskService().complete(task.getId(), Map.of(ExtensionDecisionListener.VAR_OUTCOME, "Deny",
                ExtensionDecisionListener.VAR_COMMENT, "no grounds"));

        verify(decisions).decideFromTask("req-3", ReviewOutcome.DENY, "no grounds");
        assertThat(endedAt(process)).containsExactly("denied");
    }

    @Test
    void aRefusedDecisionLeavesTheTaskOpenForAnOfficer() {
        ProcessInstance process = start("req-4");
        Task task = reviewTask(process);
        doThrow(new AccessDeniedException("not an officer")).when(decisions)
                .decideFromTask(anyString(), any(), any());

        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(),
                Map.of(ExtensionDecisionListener.VAR_OUTCOME, "Approve")))
                .hasRootCauseInstanceOf(AccessDeniedException.class);

        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
        assertThat(endedAt(process)).isEmpty();
    }

    @Test
    void anUnknownOutcomeIsRefusedAndDecidesNothing() {
        ProcessInstance process = start("req-5");
        Task task = reviewTask(process);

        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(),
                Map.of(ExtensionDecisionListener.VAR_OUTCOME, "Maybe")))
                .hasMessageContaining("reviewOutcome");

        verifyNoInteractions(decisions);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
    }

    @Test
    void aStartWithoutTheModulesRequestIsRefused() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().count();

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("gdprExtensionRequest",
                Map.of("gdprwf_reason", "started from Share's Start workflow page")))
                .hasMessageContaining("gdpr-request-extension");

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
        verifyNoInteractions(decisions);
    }

    private static ProcessInstance start(String requestId) {
        return engine.getRuntimeService().startProcessInstanceByKey("gdprExtensionRequest",
                Map.of(ExtensionDecisionListener.VAR_REQUEST_ID, requestId, "gdprwf_reason", "still in court"));
    }

    private static Task reviewTask(ProcessInstance process) {
        return engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey("reviewTask").singleResult();
    }

    private static List<String> endedAt(ProcessInstance process) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .activityType("endEvent").finished().list().stream().map(HistoricActivityInstance::getActivityId)
                .toList();
    }
}
