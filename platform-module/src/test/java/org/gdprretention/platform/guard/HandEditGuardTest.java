package org.gdprretention.platform.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.guard.HandEditGuard.Blanks;
import org.gdprretention.platform.guard.HandEditGuard.Writer;
import org.gdprretention.platform.model.RetentionModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The shared part of the hand-edit guards: binding, telling the module's own writes from a person's (by the person
 * behind the request or by the run-as user, as each guard chooses), and which protected properties a write changes.
 */
class HandEditGuardTest {

    private static final QName REASON = RetentionModel.PROP_EXTENSION_REASON;
    private static final QName BY = RetentionModel.PROP_EXTENSION_REQUESTED_BY;

    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final NodeRef node = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "doc-1");
    private final NodeRef other = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "doc-2");
    private final Set<NodeRef> marked = new java.util.HashSet<>();
    private final Object behaviour = new Object();

    @AfterEach
    void signOut() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void bindsTheGuardsMethodForThePolicyAndAspectOnEveryEvent() {
        HandEditGuard guard = guard(Writer.PERSON);

        guard.bind(NodeServicePolicies.BeforeAddAspectPolicy.QNAME, RetentionModel.ASPECT_LEGAL_HOLD, "beforeAddAspect");

        ArgumentCaptor<Behaviour> bound = ArgumentCaptor.forClass(Behaviour.class);
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.BeforeAddAspectPolicy.QNAME),
                eq(RetentionModel.ASPECT_LEGAL_HOLD), bound.capture());
        assertThat(bound.getValue().getNotificationFrequency()).isEqualTo(NotificationFrequency.EVERY_EVENT);
        assertThat(bound.getValue()).hasToString("Java method[class=java.lang.Object, method=beforeAddAspect]");
    }

    @Test
    void byThePersonARuleRunningAsSystemForSomeoneIsThatPerson() {
        HandEditGuard guard = guard(Writer.PERSON);
        AuthenticationUtil.setFullyAuthenticatedUser("editor");
        AuthenticationUtil.setRunAsUserSystem();

        assertThat(guard.isModuleWrite(node)).isFalse();
        assertThat(guard.writer()).isEqualTo("editor");
    }

    @Test
    void byTheRunAsUserARuleRunningAsSystemIsTheRepository() {
        HandEditGuard guard = guard(Writer.RUN_AS);
        AuthenticationUtil.setFullyAuthenticatedUser("editor");
        AuthenticationUtil.setRunAsUserSystem();

        assertThat(guard.isModuleWrite(node)).isTrue();
        assertThat(guard.writer()).isEqualTo(AuthenticationUtil.getSystemUserName());
    }

    @Test
    void eitherWayTheSystemUserWithNoPersonBehindItIsTheRepository() {
        AuthenticationUtil.setRunAsUserSystem();

        assertThat(guard(Writer.PERSON).isModuleWrite(node)).isTrue();
        assertThat(guard(Writer.RUN_AS).isModuleWrite(node)).isTrue();
    }

    @Test
    void aPersonIsNotTheModuleUnlessTheModuleMarkedThatNodeAsItsOwnWrite() {
        AuthenticationUtil.setFullyAuthenticatedUser("officer");
        marked.add(other);

        for (Writer writer : Writer.values()) {
            HandEditGuard guard = guard(writer);
            assertThat(guard.isModuleWrite(node)).as(writer.name()).isFalse();
            assertThat(guard.isModuleWrite(other)).as(writer.name()).isTrue();
            assertThat(guard.writer()).as(writer.name()).isEqualTo("officer");
        }
    }

    @Test
    void nobodyAuthenticatedIsNoModuleWriteAndNoWriter() {
        for (Writer writer : Writer.values()) {
            HandEditGuard guard = guard(writer);
            assertThat(guard.isModuleWrite(node)).as(writer.name()).isFalse();
            assertThat(guard.writer()).as(writer.name()).isNull();
        }
    }

    @Test
    void changedNamesOnlyTheProtectedPropertiesWhoseValueDiffers() {
        Map<QName, Serializable> before = Map.of(REASON, "court case", BY, "rita", RetentionModel.PROP_HOLD_BY, "x");
        Map<QName, Serializable> after = Map.of(REASON, "court case", BY, "erik", RetentionModel.PROP_HOLD_BY, "y");

        assertThat(HandEditGuard.changed(List.of(REASON, BY), before, after, Blanks.ARE_VALUES)).containsExactly(BY);
        assertThat(HandEditGuard.changed(List.of(REASON), before, after, Blanks.ARE_VALUES)).isEmpty();
        assertThat(HandEditGuard.changed(List.of(REASON, BY), null, after, Blanks.ARE_VALUES))
                .containsExactlyInAnyOrder(REASON, BY);
        assertThat(HandEditGuard.changed(List.of(REASON, BY), before, null, Blanks.ARE_UNSET))
                .containsExactlyInAnyOrder(REASON, BY);
    }

    @Test
    void blanksAreAValueOfTheirOwnOrNoValueAsTheGuardSays() {
        Map<QName, Serializable> before = new HashMap<>();
        before.put(REASON, "");
        before.put(BY, new ArrayList<String>());
        Map<QName, Serializable> after = new HashMap<>();
        after.put(REASON, null);

        assertThat(HandEditGuard.changed(List.of(REASON, BY), before, after, Blanks.ARE_VALUES))
                .containsExactlyInAnyOrder(REASON, BY);
        assertThat(HandEditGuard.changed(List.of(REASON, BY), before, after, Blanks.ARE_UNSET)).isEmpty();
        after.put(REASON, "  ");
        assertThat(HandEditGuard.changed(List.of(REASON, BY), before, after, Blanks.ARE_UNSET)).isEmpty();
        after.put(REASON, "set");
        assertThat(HandEditGuard.changed(List.of(REASON, BY), before, after, Blanks.ARE_UNSET)).containsExactly(REASON);
        assertThat(Blanks.ARE_UNSET.normalise(" ")).isNull();
        assertThat(Blanks.ARE_VALUES.normalise(" ")).isEqualTo(" ");
    }

    @Test
    void bindsForATypeAsForAnAspect() {
        guard(Writer.RUN_AS).bind(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME,
                RetentionModel.TYPE_CONTACT_MOMENT, "onUpdateProperties");

        ArgumentCaptor<Behaviour> bound = ArgumentCaptor.forClass(Behaviour.class);
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME),
                eq(RetentionModel.TYPE_CONTACT_MOMENT), bound.capture());
        assertThat(bound.getValue().getNotificationFrequency()).isEqualTo(NotificationFrequency.EVERY_EVENT);
    }

    @Test
    void withoutAMarkOnlyTheRepositoryIsTheModule() {
        AuthenticationUtil.setFullyAuthenticatedUser("officer");
        for (Writer writer : Writer.values()) {
            assertThat(new HandEditGuard(policyComponent, behaviour, writer, HandEditGuard.UNMARKED)
                    .isModuleWrite(node)).as(writer.name()).isFalse();
        }

        // the module writing as System inside the officer's request: the run-as user says repository, the person not
        AuthenticationUtil.setRunAsUserSystem();
        assertThat(new HandEditGuard(policyComponent, behaviour, Writer.RUN_AS, HandEditGuard.UNMARKED)
                .isModuleWrite(node)).isTrue();
        assertThat(new HandEditGuard(policyComponent, behaviour, Writer.PERSON, HandEditGuard.UNMARKED)
                .isModuleWrite(node)).isFalse();
        assertThat(HandEditGuard.UNMARKED.test(null)).isFalse();
    }

    @Test
    void anySetTellsWhetherOneOfTheNamesHoldsAValue() {
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(REASON, null);
        properties.put(BY, "");
        properties.put(RetentionModel.PROP_HOLD_BY, "olga");

        assertThat(HandEditGuard.anySet(List.of(REASON), properties, Blanks.ARE_VALUES)).isFalse();
        assertThat(HandEditGuard.anySet(List.of(REASON, BY), properties, Blanks.ARE_VALUES)).isTrue();
        assertThat(HandEditGuard.anySet(List.of(REASON, BY), properties, Blanks.ARE_UNSET)).isFalse();
        assertThat(HandEditGuard.anySet(List.of(REASON, RetentionModel.PROP_HOLD_BY), properties, Blanks.ARE_UNSET))
                .isTrue();
        assertThat(HandEditGuard.anySet(List.of(REASON, BY), null, Blanks.ARE_VALUES)).isFalse();
        assertThat(HandEditGuard.anySet(List.of(), properties, Blanks.ARE_VALUES)).isFalse();
    }

    @Test
    void changedBySelectionLooksAtEveryMatchingNameOfEitherSide() {
        Predicate<QName> extensionRecord = name -> name.getLocalName().startsWith("extension");
        QName title = QName.createQName("http://www.alfresco.org/model/content/1.0", "title");
        Map<QName, Serializable> before = new HashMap<>();
        before.put(REASON, "court case");
        before.put(RetentionModel.PROP_EXTENSION_REQUEST_ID, "r-1");
        before.put(title, "Contract");
        Map<QName, Serializable> after = new HashMap<>();
        after.put(REASON, "court case");
        after.put(BY, "erik");
        after.put(title, "Renamed");

        assertThat(HandEditGuard.changed(extensionRecord, before, after, Blanks.ARE_VALUES))
                .containsExactlyInAnyOrder(BY, RetentionModel.PROP_EXTENSION_REQUEST_ID);
        assertThat(HandEditGuard.changed(extensionRecord, before, before, Blanks.ARE_VALUES)).isEmpty();
        assertThat(HandEditGuard.changed(extensionRecord, null, after, Blanks.ARE_VALUES))
                .containsExactlyInAnyOrder(REASON, BY);
        // a name set to null on one side and missing on the other is no change
        after.put(RetentionModel.PROP_EXTENSION_WORKFLOW_ID, null);
        after.put(BY, null);
        after.put(RetentionModel.PROP_EXTENSION_REQUEST_ID, "r-1");
        assertThat(HandEditGuard.changed(extensionRecord, before, after, Blanks.ARE_VALUES)).isEmpty();
        after.put(REASON, "");
        before.put(REASON, null);
        assertThat(HandEditGuard.changed(extensionRecord, before, after, Blanks.ARE_VALUES)).containsExactly(REASON);
        assertThat(HandEditGuard.changed(extensionRecord, before, after, Blanks.ARE_UNSET)).isEmpty();
    }

    @Test
    void aGuardNeedsItsPolicyComponentBehaviourWriterAndMark() {
        assertThatThrownBy(() -> new HandEditGuard(null, behaviour, Writer.PERSON, marked::contains))
                .isInstanceOf(NullPointerException.class).hasMessage("policyComponent");
        assertThatThrownBy(() -> new HandEditGuard(policyComponent, null, Writer.PERSON, marked::contains))
                .isInstanceOf(NullPointerException.class).hasMessage("behaviour");
        assertThatThrownBy(() -> new HandEditGuard(policyComponent, behaviour, null, marked::contains))
                .isInstanceOf(NullPointerException.class).hasMessage("writer");
        assertThatThrownBy(() -> new HandEditGuard(policyComponent, behaviour, Writer.PERSON, null))
                .isInstanceOf(NullPointerException.class).hasMessage("ownWrite");
    }

    private HandEditGuard guard(Writer writer) {
        return new HandEditGuard(policyComponent, behaviour, writer, marked::contains);
    }
}
