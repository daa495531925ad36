package org.gdprretention.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.action.executer.ActionExecuter;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.platform.security.OfficerActionAccessRestriction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class PurgeActionExecuterTest {

    private static final NodeRef DOCUMENT = new NodeRef("workspace://SpacesStore/doc-1");

    private final PurgeService purgeService = mock(PurgeService.class);
    private final PurgeActionExecuter executer = new PurgeActionExecuter();
    private final Map<String, Serializable> parameters = new HashMap<>();
    private final Action action = mock(Action.class);

    @BeforeEach
    void wire() {
        executer.setPurgeService(purgeService);
        executer.setAccessRestriction(restriction(mock(NodeService.class), mock(AuthorityService.class)));
        executer.setBatchLimit(250);
        executer.afterPropertiesSet();
        when(action.getActionDefinitionName()).thenReturn(PurgeActionExecuter.NAME);
        when(action.getParameterValue(any())).thenAnswer(invocation -> parameters.get(invocation.<String>getArgument(0)));
        org.mockito.Mockito.doAnswer(invocation -> parameters.put(invocation.getArgument(0), invocation.getArgument(1)))
                .when(action).setParameterValue(any(), any());
        when(purgeService.purge(any(), any())).thenReturn(new PurgeReport(true, List.of(new PurgeOutcome(DOCUMENT,
                PurgeResult.WOULD_PURGE, "Retention expired (kept through 2024-01-29)", null, List.of(), List.of()))));
    }

    @Test
    void withoutParametersItIsADryRunAndTheOutcomeIsTheResult() {
        // when
        executer.executeImpl(action, DOCUMENT);

        // then
        ArgumentCaptor<PurgeOptions> options = ArgumentCaptor.forClass(PurgeOptions.class);
        verify(purgeService).purge(org.mockito.ArgumentMatchers.eq(List.of(DOCUMENT)), options.capture());
        assertThat(options.getValue()).isEqualTo(new PurgeOptions(true, null, 250));
        assertThat(parameters.get(ActionExecuter.PARAM_RESULT))
                .isEqualTo("WOULD_PURGE: Retention expired (kept through 2024-01-29)");
    }

    @Test
    void anExplicitFalseAndAForceReasonArePassedOn() {
        parameters.put(PurgeActionExecuter.PARAM_DRY_RUN, Boolean.FALSE);
        parameters.put(PurgeActionExecuter.PARAM_FORCE_REASON, "court order 12/345");

        executer.executeImpl(action, DOCUMENT);

        verify(purgeService).purge(List.of(DOCUMENT), new PurgeOptions(false, "court order 12/345", 250));
    }

    @Test
    void anOfficerWhoIsNoAdministratorPurgesThroughTheActionWithTheServicesBehindACSMethodSecurity() {
        try (PurgeFixture fixture = new PurgeFixture()) {
            // given an expired document and the action wired to a real purge, run by an officer
            NodeRef document = fixture.document("cv.pdf", PurgeFixture.LONG_AGO, "store://live.bin");
            PurgeActionExecuter real = realExecuter(fixture);
            parameters.put(PurgeActionExecuter.PARAM_DRY_RUN, "false");

            // when
            real.executeImpl(action, document);

            // then
            assertThat(parameters.get(ActionExecuter.PARAM_RESULT))
                    .isEqualTo("PURGED: Retention expired (kept through 2024-01-29)");
            assertThat(fixture.nodes.exists(document)).isFalse();
        }
    }

    static PurgeActionExecuter realExecuter(PurgeFixture fixture) {
        PurgeActionExecuter real = new PurgeActionExecuter();
        real.setPurgeService(fixture.service);
        // ACS's parent bean actionAccessRestrictionBase gives the restriction the public NodeService
        real.setAccessRestriction(restriction(fixture.security.wrap(NodeService.class, fixture.nodeService),
                fixture.security.wrap(AuthorityService.class, fixture.authorityService)));
        real.afterPropertiesSet();
        return real;
    }

    static OfficerActionAccessRestriction restriction(NodeService nodeService, AuthorityService authorityService) {
        OfficerActionAccessRestriction restriction = new OfficerActionAccessRestriction();
        restriction.setActionName(PurgeActionExecuter.NAME);
        restriction.setNodeService(nodeService);
        restriction.setAuthorityService(authorityService);
        return restriction;
    }

    @Test
    void dryRunAcceptsTheTextAFormSends() {
        assertThat(PurgeActionExecuter.dryRun("false")).isFalse();
        assertThat(PurgeActionExecuter.dryRun(" TRUE ")).isTrue();
        assertThat(PurgeActionExecuter.dryRun(null)).isTrue();
    }

    @Test
    void anyOtherDryRunValueIsRefusedNamingParameterAndValue() {
        assertThatThrownBy(() -> PurgeActionExecuter.dryRun("nope"))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid dry-run 'nope': must be true or false");
    }

    @Test
    void itDeclaresBothOptionalParametersWithTheirTypes() {
        List<ParameterDefinition> definitions = new java.util.ArrayList<>();
        executer.addParameterDefinitions(definitions);

        assertThat(definitions).extracting(ParameterDefinition::getName, ParameterDefinition::getType,
                ParameterDefinition::isMandatory).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dry-run", DataTypeDefinition.BOOLEAN, false),
                org.assertj.core.groups.Tuple.tuple("force-reason", DataTypeDefinition.TEXT, false));
    }

    @Test
    void aBatchLimitBelowOneStopsTheStartUpNamingTheProperty() {
        PurgeActionExecuter misconfigured = new PurgeActionExecuter();
        misconfigured.setPurgeService(purgeService);
        misconfigured.setAccessRestriction(new OfficerActionAccessRestriction());
        misconfigured.setBatchLimit(0);

        assertThatThrownBy(misconfigured::afterPropertiesSet)
                .hasMessage("Invalid gdpr-retention.purge.batchLimit '0': must be greater than 0");
    }
}
