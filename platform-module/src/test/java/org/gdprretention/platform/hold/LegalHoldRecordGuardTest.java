package org.gdprretention.platform.hold;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.model.RetentionModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A collaborator (Write on the document) rewrites a hold's reason or placer with a property update. */
class LegalHoldRecordGuardTest {

    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final LegalHoldRecordGuard guard = new LegalHoldRecordGuard();
    private final NodeRef document = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "held-1");
    private final Map<QName, Serializable> held = new HashMap<>(Map.of(
            RetentionModel.PROP_HOLD_REASON, "Court case 12/345",
            RetentionModel.PROP_HOLD_BY, "olga",
            RetentionModel.PROP_HOLD_SINCE, new Date(0)));

    @BeforeEach
    void wire() {
        guard.setPolicyComponent(policyComponent);
        guard.afterPropertiesSet();
        AuthenticationUtil.setFullyAuthenticatedUser("collaborator");
    }

    @AfterEach
    void logout() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void bindsToTheHoldAspectsPropertyUpdates() {
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME),
                eq(RetentionModel.ASPECT_LEGAL_HOLD), any());
    }

    @Test
    void rewritingTheReasonOrThePlacerIsRefused() {
        assertThatThrownBy(() -> guard.onUpdateProperties(document, held,
                with(RetentionModel.PROP_HOLD_REASON, "nothing to see")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining(LegalHoldRecordGuard.REFUSED)
                .hasMessageContaining("collaborator");
        assertThatThrownBy(() -> guard.onUpdateProperties(document, held, with(RetentionModel.PROP_HOLD_BY, "mallory")))
                .isInstanceOf(AccessDeniedException.class);
        // also when the code around it runs as the system user (a rule's action)
        assertThatThrownBy(() -> AuthenticationUtil.runAsSystem(() -> {
            guard.onUpdateProperties(document, held, with(RetentionModel.PROP_HOLD_SINCE, new Date()));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void placingRemovingAndUnrelatedChangesPass() {
        // placing: the module's placeHold marks the node
        assertThatCode(() -> PlacingHold.run(document, () -> guard.onUpdateProperties(document, Map.of(), held)))
                .doesNotThrowAnyException();
        // removing the hold takes its properties along (the removal has its own guard)
        assertThatCode(() -> guard.onUpdateProperties(document, held, Map.of())).doesNotThrowAnyException();
        // another property of the document changes
        Map<QName, Serializable> titled = new HashMap<>(held);
        titled.put(QName.createQName("http://www.alfresco.org/model/content/1.0", "title"), "Contract");
        assertThatCode(() -> guard.onUpdateProperties(document, held, titled)).doesNotThrowAnyException();
    }

    @Test
    void aBlankPlacerIsPartOfTheRecordToo() {
        held.put(RetentionModel.PROP_HOLD_BY, "");

        assertThatThrownBy(() -> guard.onUpdateProperties(document, held, with(RetentionModel.PROP_HOLD_BY, null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("collaborator tried");
    }

    @Test
    void theSystemUserWithNobodyBehindItPasses() {
        AuthenticationUtil.clearCurrentSecurityContext();
        assertThatCode(() -> AuthenticationUtil.runAsSystem(() -> {
            guard.onUpdateProperties(document, held, with(RetentionModel.PROP_HOLD_REASON, "migrated"));
            return null;
        })).doesNotThrowAnyException();
    }

    private Map<QName, Serializable> with(QName name, Serializable value) {
        Map<QName, Serializable> after = new HashMap<>(held);
        after.put(name, value);
        return after;
    }
}
