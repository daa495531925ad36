package org.gdprretention.alfrescoapi.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.action.ParameterDefinitionImpl;
import org.alfresco.repo.action.RuntimeActionService;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.Test;

class ActionExecuterAbstractBaseTest {

    /** An action as the add-on writes them. */
    static final class SampleAction extends ActionExecuterAbstractBase {
        int definitionCalls;

        @Override
        protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
        }

        @Override
        protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
            definitionCalls++;
            paramList.add(new ParameterDefinitionImpl("dry-run", DataTypeDefinition.BOOLEAN, false,
                    getParamDisplayLabel("dry-run")));
        }

        List<ParameterDefinition> definitions() {
            return getParameterDefintions();
        }
    }

    @Test
    void aPublicActionRegistersWithTheRuntimeActionServiceOnInit() {
        SampleAction action = new SampleAction();
        RuntimeActionService runtimeActionService = mock(RuntimeActionService.class);
        action.setRuntimeActionService(runtimeActionService);
        action.setBeanName("gdpr-purge");

        action.init();

        verify(runtimeActionService).registerActionExecuter(action);
    }

    @Test
    void aPrivateActionDoesNotRegister() {
        SampleAction action = new SampleAction();
        RuntimeActionService runtimeActionService = mock(RuntimeActionService.class);
        action.setRuntimeActionService(runtimeActionService);
        action.setPublicAction(false);

        action.init();

        verifyNoInteractions(runtimeActionService);
    }

    @Test
    void hasAcsDefaultsAndKeepsWhatSpringSets() {
        SampleAction action = new SampleAction();

        assertThat(action.getTrackStatus()).isFalse();
        assertThat(action.getIgnoreLock()).isTrue();
        assertThat(action.getQueueName()).isEmpty();

        action.setTrackStatus(true);
        action.setIgnoreLock(false);
        action.setQueueName("gdpr");
        assertThat(action.getTrackStatus()).isTrue();
        assertThat(action.getIgnoreLock()).isFalse();
        assertThat(action.getQueueName()).isEqualTo("gdpr");
    }

    @Test
    void collectsTheParameterDefinitionsOnce() {
        SampleAction action = new SampleAction();

        List<ParameterDefinition> first = action.definitions();
        List<ParameterDefinition> second = action.definitions();

        assertThat(first).singleElement().satisfies(definition -> {
            assertThat(definition.getName()).isEqualTo("dry-run");
            assertThat(definition.getType()).isEqualTo(DataTypeDefinition.BOOLEAN);
            assertThat(definition.isMandatory()).isFalse();
            assertThat(definition.isMultiValued()).isFalse();
            assertThat(definition.getDisplayLabel()).isNull();
        });
        assertThat(second).isSameAs(first);
        assertThat(action.definitionCalls).isEqualTo(1);
    }

    @Test
    void leavesExecutionToAcs() {
        assertThatThrownBy(() -> new SampleAction().execute(mock(Action.class), null))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("compile-only stub");
        assertThat(ContentModel.TYPE_CONTENT.getLocalName()).isEqualTo("content");
    }

    @Test
    void aParameterDefinitionNeedsANameAndATypeNamingTheParameter() {
        assertThatThrownBy(() -> new ParameterDefinitionImpl(null, DataTypeDefinition.TEXT, true, "label"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A parameter definition needs a name");
        assertThatThrownBy(() -> new ParameterDefinitionImpl("reason", null, true, "label"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Parameter 'reason' needs a type");
        assertThat(new ParameterDefinitionImpl("ids", DataTypeDefinition.NODE_REF, true, "Ids", true, "c")
                .getParameterConstraintName()).isEqualTo("c");
    }
}
