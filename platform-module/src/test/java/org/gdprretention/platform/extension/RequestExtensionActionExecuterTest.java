package org.gdprretention.platform.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.alfresco.repo.action.executer.ActionExecuter;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.extension.ExtensionRefusedException;
import org.gdprretention.core.extension.ExtensionRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestExtensionActionExecuterTest {

    private final ExtensionRequestService service = mock(ExtensionRequestService.class);
    private final Action action = mock(Action.class);
    private final NodeRef document = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "doc-1");
    private final RequestExtensionActionExecuter executer = new RequestExtensionActionExecuter();

    @BeforeEach
    void wire() {
        executer.setRequestService(service);
        executer.setBeanName(RequestExtensionActionExecuter.NAME);
        executer.afterPropertiesSet();
    }

    @AfterEach
    void signOut() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void declaresAMandatoryTextReason() {
        List<ParameterDefinition> parameters = new ArrayList<>();
        executer.addParameterDefinitions(parameters);

        assertThat(parameters).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("reason");
            assertThat(p.getType()).isEqualTo(DataTypeDefinition.TEXT);
            assertThat(p.isMandatory()).isTrue();
        });
    }

    @Test
    void filesTheRequestAsTheSignedInUserAndReturnsItsId() {
        AuthenticationUtil.setFullyAuthenticatedUser("erik");
        when(action.getParameterValue("reason")).thenReturn("still in the pool");
        when(service.request(document, "still in the pool")).thenReturn(new PendingExtensionRequest(document,
                ExtensionRequest.pending("req-9", DocumentId.of(document.toString()), "erik", "still in the pool",
                        Instant.parse("2025-06-15T10:00:00Z")), "activiti$9"));

        executer.executeImpl(action, document);

        verify(action).setParameterValue(ActionExecuter.PARAM_RESULT, "req-9");
    }

    @Test
    void aRefusalReachesTheUserWithTheEnginesReason() {
        AuthenticationUtil.setFullyAuthenticatedUser("erik");
        when(action.getParameterValue("reason")).thenReturn("again");
        when(service.request(any(), anyString())).thenThrow(new ExtensionRefusedException(
                ExtensionRefusedException.Reason.REQUEST_PENDING, DocumentId.of(document.toString()), null));

        assertThatThrownBy(() -> executer.executeImpl(action, document))
                .isInstanceOf(ExtensionRefusedException.class).hasMessageContaining("already waiting");
    }

    @Test
    void asTheSystemUserNothingIsFiledAndTheResultSaysWhy() {
        AuthenticationUtil.setRunAsUserSystem();
        when(action.getParameterValue("reason")).thenReturn("from a rule");

        executer.executeImpl(action, document);

        verify(service, never()).request(any(), any());
        verify(action).setParameterValue(org.mockito.ArgumentMatchers.eq(ActionExecuter.PARAM_RESULT),
                org.mockito.ArgumentMatchers.startsWith("REFUSED: NOT_PERMITTED"));
    }

    @Test
    void titleDescriptionAndReasonLabelExistInEnglishAndDutch() throws Exception {
        for (String suffix : List.of("", "_nl")) {
            Properties labels = new Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(
                    "alfresco/module/gdpr-retention-platform/messages/retention-actions" + suffix + ".properties")) {
                labels.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(labels).containsKeys("gdpr-request-extension.title", "gdpr-request-extension.description",
                    "gdpr-request-extension.reason.display-label");
        }
    }
}
