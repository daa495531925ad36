package org.gdprretention.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.disposal.PurgeFixture.ADMIN;
import static org.gdprretention.platform.disposal.PurgeFixture.LAST_WEEK;
import static org.gdprretention.platform.disposal.PurgeFixture.LONG_AGO;
import static org.gdprretention.platform.disposal.PurgeFixture.NOBODY_SPECIAL;
import static org.gdprretention.platform.disposal.PurgeFixture.OFFICER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.action.ActionModel;
import org.alfresco.repo.action.access.ActionAccessException;
import org.alfresco.repo.action.access.ActionAccessRestriction;
import org.alfresco.repo.action.executer.ActionExecuter;
import org.alfresco.repo.rule.RuleModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.model.RetentionModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The purge action played as ACS plays it, by ordinary accounts: ACS checks a rule's actions against their access
 * restrictions when the rule is saved (context {@code rule}, saved with the action), checks them again when v0/v1
 * REST or a form executes an action, and skips them when a saved rule runs; a rule runs as whoever triggered it, or
 * as the system user when a system write did.
 */
class PurgeActionAccessTest {

    private final PurgeFixture fixture = new PurgeFixture();
    private final PurgeActionExecuter executer = PurgeActionExecuterTest.realExecuter(fixture);
    private final Map<String, Serializable> parameters = new HashMap<>();

    @AfterEach
    void closeFixture() {
        fixture.close();
    }

    @Test
    void nobodyCanSaveARuleThatPurgesNotAContributorNotEvenAnAdministrator() {
        for (String user : new String[] {NOBODY_SPECIAL, OFFICER, ADMIN}) {
            fixture.signInAs(user);
            Action action = purgeAction(null, false, "cleaning up");
            ActionAccessRestriction.setActionContext(action, ActionAccessRestriction.RULE_ACTION_CONTEXT);

            assertThatThrownBy(() -> executer.verifyActionAccessRestrictions(action)).as(user)
                    .isInstanceOf(ActionAccessException.class).hasMessageContaining("cannot be used in a rule");
        }
    }

    @Test
    void aRuleSavedWithThePurgeAndTriggeredByASystemWritePurgesNothing() {
        // given a rule saved on the folder (say, before this check existed): items updated -> purge, forced
        NodeRef expired = fixture.document("a.pdf", LONG_AGO, "store://a.bin");
        NodeRef unexpired = fixture.document("b.pdf", LAST_WEEK, "store://b.bin");
        Action action = purgeAction(ruleActionNode(), false, "cleaning up");
        ActionAccessRestriction.setActionContext(action, ActionAccessRestriction.RULE_ACTION_CONTEXT);

        // when the add-on's own recomputation writes gdpr:status as system and the rule runs in its beforeCommit
        Map<NodeRef, Object> results = new HashMap<>();
        // (a contributor's upload made the recomputation happen; the rule runs as system all the same)
        fixture.signInAs(NOBODY_SPECIAL);
        fixture.inTransaction(() -> {
            fixture.nodeService.setProperty(expired, RetentionModel.PROP_STATUS, "EXPIRED");
            fixture.onBeforeCommit(() -> AuthenticationUtil.runAsSystem(() -> {
                for (NodeRef document : new NodeRef[] {expired, unexpired}) {
                    acsExecute(action, document);
                    results.put(document, parameters.get(ActionExecuter.PARAM_RESULT));
                }
                return null;
            }));
            return null;
        });

        // then the write committed, nothing was purged and the rule's result says why
        assertThat(results).containsOnlyKeys(expired, unexpired).containsValue(PurgeActionExecuter.FROM_RULE)
                .allSatisfy((document, result) -> assertThat(result).isEqualTo(PurgeActionExecuter.FROM_RULE));
        assertThat(fixture.nodes.exists(expired)).isTrue();
        assertThat(fixture.nodes.exists(unexpired)).isTrue();
        assertThat(fixture.disposalRecords()).isEmpty();
        assertThat(fixture.auditEntries()).isEmpty();
    }

    @Test
    void aStoredRuleIsRecognisedByWhereItsActionLivesEvenWithoutTheSavedContext() {
        // given a rule whose action was saved by code, without ACS's context parameter, triggered by an officer
        NodeRef expired = fixture.document("a.pdf", LONG_AGO, "store://a.bin");
        Action action = purgeAction(ruleActionNode(), false, null);

        fixture.inTransaction(() -> {
            fixture.onBeforeCommit(() -> acsExecute(action, expired));
            return null;
        });

        assertThat(parameters.get(ActionExecuter.PARAM_RESULT)).isEqualTo(PurgeActionExecuter.FROM_RULE);
        assertThat(fixture.nodes.exists(expired)).isTrue();
        assertThat(fixture.disposalRecords()).isEmpty();
    }

    @Test
    void throughRestOnlyAnOfficerOrAdministratorMayExecuteIt() {
        NodeRef expired = fixture.document("a.pdf", LONG_AGO, "store://a.bin");
        Action action = purgeAction(null, false, null);
        ActionAccessRestriction.setActionContext(action, ActionAccessRestriction.V1_ACTION_CONTEXT);

        fixture.signInAs(NOBODY_SPECIAL);
        assertThatThrownBy(() -> fixture.inTransaction(() -> acsExecute(action, expired)))
                .isInstanceOf(ActionAccessException.class).hasMessageContaining("GROUP_GDPR_OFFICERS");
        assertThat(fixture.nodes.exists(expired)).isTrue();

        fixture.signInAs(OFFICER);
        fixture.inTransaction(() -> acsExecute(action, expired));
        assertThat(parameters.get(ActionExecuter.PARAM_RESULT)).isEqualTo("SCHEDULED: " + PurgeService.SCHEDULED_REASON);
        assertThat(fixture.nodes.exists(expired)).isFalse();
    }

    @Test
    void executedAsTheSystemUserItRefusesEvenForAnAdministratorsRequest() {
        NodeRef unexpired = fixture.document("b.pdf", LAST_WEEK, "store://b.bin");
        fixture.signInAs(ADMIN);
        Action action = purgeAction(null, false, "erasure request");

        AuthenticationUtil.runAsSystem(() -> fixture.inTransaction(() -> acsExecute(action, unexpired)));

        assertThat(parameters.get(ActionExecuter.PARAM_RESULT)).isEqualTo(PurgeActionExecuter.AS_SYSTEM);
        assertThat(fixture.nodes.exists(unexpired)).isTrue();
        assertThat(fixture.disposalRecords()).isEmpty();
    }

    @Test
    void anAdministratorsOwnDirectCallMayForce() {
        NodeRef unexpired = fixture.document("b.pdf", LAST_WEEK, "store://b.bin");
        fixture.signInAs(ADMIN);
        Action action = purgeAction(null, false, "erasure request");

        acsExecuteWithoutTransaction(action, unexpired);

        assertThat(parameters.get(ActionExecuter.PARAM_RESULT))
                .isEqualTo("PURGED: Forced before expiry (2025-06-23): erasure request");
        assertThat(fixture.nodes.exists(unexpired)).isFalse();
    }

    /** What ACS's ActionExecuterAbstractBase.execute does around the action's own work. */
    private Object acsExecute(Action action, NodeRef document) {
        executer.verifyActionAccessRestrictions(action);
        executer.executeImpl(action, document);
        return null;
    }

    /** A Java API call outside any transaction: each document gets its own (the purge service opens them). */
    private void acsExecuteWithoutTransaction(Action action, NodeRef document) {
        executer.verifyActionAccessRestrictions(action);
        executer.executeImpl(action, document);
    }

    private Action purgeAction(NodeRef storedAt, boolean dryRun, String forceReason) {
        Action action = mock(Action.class);
        when(action.getActionDefinitionName()).thenReturn(PurgeActionExecuter.NAME);
        when(action.getNodeRef()).thenReturn(storedAt);
        when(action.getParameterValue(any())).thenAnswer(call -> parameters.get(call.<String>getArgument(0)));
        doAnswer(call -> parameters.put(call.getArgument(0), call.getArgument(1))).when(action)
                .setParameterValue(any(), any());
        parameters.put(PurgeActionExecuter.PARAM_DRY_RUN, dryRun);
        if (forceReason != null) {
            parameters.put(PurgeActionExecuter.PARAM_FORCE_REASON, forceReason);
        }
        return action;
    }

    /** A rule on the folder as ACS stores it: rule folder, rule, its composite action, and the purge action in it. */
    private NodeRef ruleActionNode() {
        NodeRef ruleFolder = fixture.nodes.createNode(fixture.folder, RuleModel.ASSOC_RULE_FOLDER,
                qname("ruleFolder"), ContentModel.TYPE_SYSTEM_FOLDER, Map.of()).getChildRef();
        NodeRef rule = fixture.nodes.createNode(ruleFolder, ContentModel.ASSOC_CONTAINS, qname("rule"),
                RuleModel.TYPE_RULE, Map.of()).getChildRef();
        NodeRef composite = fixture.nodes.createNode(rule, RuleModel.ASSOC_ACTION, qname("action"),
                ActionModel.TYPE_COMPOSITE_ACTION, Map.of()).getChildRef();
        return fixture.nodes.createNode(composite, ActionModel.ASSOC_ACTIONS, qname("actions"),
                ActionModel.TYPE_ACTION, Map.of()).getChildRef();
    }

    private static QName qname(String local) {
        return QName.createQName(RuleModel.RULE_MODEL_URI, local);
    }
}
