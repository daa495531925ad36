package org.gdprretention.platform.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.InvalidRetentionInputException;
import org.alfresco.repo.action.executer.ActionExecuter;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.gdprretention.platform.security.OfficerActionAccessRestriction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LegalHoldActionsTest {

    private final NodeService nodeService = mock(NodeService.class);
    private final LegalHoldService holds = mock(LegalHoldService.class);
    private final Action action = mock(Action.class);
    private final NodeRef document = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "doc-1");
    private final SetLegalHoldActionExecuter set = new SetLegalHoldActionExecuter();
    private final LiftLegalHoldActionExecuter lift = new LiftLegalHoldActionExecuter();

    @BeforeEach
    void wire() {
        set.setNodeService(nodeService);
        set.setLegalHoldService(holds);
        set.setAccessRestriction(restriction(SetLegalHoldActionExecuter.NAME));
        set.setBeanName(SetLegalHoldActionExecuter.NAME);
        set.afterPropertiesSet();
        lift.setNodeService(nodeService);
        lift.setLegalHoldService(holds);
        lift.setAccessRestriction(restriction(LiftLegalHoldActionExecuter.NAME));
        lift.setBeanName(LiftLegalHoldActionExecuter.NAME);
        lift.afterPropertiesSet();
        when(nodeService.exists(document)).thenReturn(true);
    }

    @Test
    void setDeclaresAMandatoryTextReason() {
        List<ParameterDefinition> parameters = new ArrayList<>();
        set.addParameterDefinitions(parameters);

        assertThat(parameters).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("reason");
            assertThat(p.getType()).isEqualTo(DataTypeDefinition.TEXT);
            assertThat(p.isMandatory()).isTrue();
        });
        assertThat(SetLegalHoldActionExecuter.NAME).isEqualTo("gdpr-set-legal-hold");
        assertThat(LiftLegalHoldActionExecuter.NAME).isEqualTo("gdpr-lift-legal-hold");
    }

    @Test
    void setPlacesTheHoldWithTheReason() {
        when(action.getParameterValue("reason")).thenReturn("Court case");

        set.executeImpl(action, document);

        verify(holds).placeHold(document, "Court case");
    }

    @Test
    void setPassesAMissingReasonOnToBeRefused() {
        when(holds.placeHold(document, null)).thenThrow(new InvalidRetentionInputException("reason", null, "required"));

        assertThatThrownBy(() -> set.executeImpl(action, document)).hasMessageContaining("reason");
    }

    @Test
    void liftLiftsTheHoldAndHasNoParameters() {
        List<ParameterDefinition> parameters = new ArrayList<>();
        lift.addParameterDefinitions(parameters);

        lift.executeImpl(action, document);

        assertThat(parameters).isEmpty();
        verify(holds).liftHold(document);
    }

    /** What ACS's action service reads to offer an action for a node: {@code applicableTypes}, as Spring left it. */
    private static final class SetProbe extends SetLegalHoldActionExecuter {
        Set<QName> declared() {
            return applicableTypes;
        }
    }

    @Test
    void neitherRunsAsTheSystemUserAsARuleThatASystemWriteTriggeredWould() {
        when(action.getParameterValue(SetLegalHoldActionExecuter.PARAM_REASON)).thenReturn("Keep it");

        AuthenticationUtil.runAsSystem(() -> {
            set.executeImpl(action, document);
            lift.executeImpl(action, document);
            return null;
        });

        verify(action).setParameterValue(ActionExecuter.PARAM_RESULT,
                OfficerActionAccessRestriction.asSystemRefusal(SetLegalHoldActionExecuter.NAME));
        verify(action).setParameterValue(ActionExecuter.PARAM_RESULT,
                OfficerActionAccessRestriction.asSystemRefusal(LiftLegalHoldActionExecuter.NAME));
        verifyNoInteractions(holds);
    }

    @Test
    void bothRefuseToBeSavedInARule() {
        assertThat(set.getActionAccessRestrictions()).singleElement()
                .isInstanceOf(OfficerActionAccessRestriction.class);
        assertThat(lift.getActionAccessRestrictions()).singleElement()
                .isInstanceOf(OfficerActionAccessRestriction.class);
    }

    private OfficerActionAccessRestriction restriction(String actionName) {
        OfficerActionAccessRestriction restriction = new OfficerActionAccessRestriction();
        restriction.setNodeService(nodeService);
        restriction.setAuthorityService(mock(org.alfresco.service.cmr.security.AuthorityService.class));
        restriction.setActionName(actionName);
        return restriction;
    }

    private static final class LiftProbe extends LiftLegalHoldActionExecuter {
        Set<QName> declared() {
            return applicableTypes;
        }
    }

    @Test
    void bothDeclareDocumentsAndFoldersAsWhatTheyApplyTo() {
        SetProbe setProbe = new SetProbe();
        setProbe.setNodeService(nodeService);
        setProbe.setLegalHoldService(holds);
        setProbe.setAccessRestriction(restriction(SetLegalHoldActionExecuter.NAME));
        setProbe.afterPropertiesSet();
        LiftProbe liftProbe = new LiftProbe();
        liftProbe.setNodeService(nodeService);
        liftProbe.setLegalHoldService(holds);
        liftProbe.setAccessRestriction(restriction(LiftLegalHoldActionExecuter.NAME));
        liftProbe.afterPropertiesSet();

        assertThat(setProbe.declared()).containsExactlyInAnyOrder(ContentModel.TYPE_CONTENT, ContentModel.TYPE_FOLDER);
        assertThat(liftProbe.declared()).containsExactlyInAnyOrder(ContentModel.TYPE_CONTENT, ContentModel.TYPE_FOLDER);
    }

    @Test
    void bothIgnoreANodeThatNoLongerExists() {
        NodeRef gone = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "gone");

        set.executeImpl(action, gone);
        lift.executeImpl(action, gone);

        verifyNoInteractions(holds);
    }
}
