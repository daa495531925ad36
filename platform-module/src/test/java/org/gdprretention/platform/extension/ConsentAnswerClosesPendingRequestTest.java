package org.gdprretention.platform.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.extension.ExtensionRequestFixture.EMPLOYEE;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.extension.ExtensionLifecycle;
import org.gdprretention.platform.consent.ConsentDecision;
import org.gdprretention.platform.consent.ConsentDocuments;
import org.gdprretention.platform.consent.ConsentRequestState;
import org.gdprretention.platform.consent.ConsentRequestStore;
import org.gdprretention.platform.consent.OpenConsentRequest;
import org.gdprretention.platform.model.RetentionModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The data subject's answer on the consent page meets an extension request pending on the same document: a consent
 * extends once and closes the request and its review task; a refusal leaves the request to the officer. The real
 * consent decision and extension request service on one in-memory repository.
 */
class ConsentAnswerClosesPendingRequestTest {

    private static final Instant ANSWERED = Instant.parse("2025-06-16T10:00:00Z");

    private final ExtensionRequestFixture fixture = new ExtensionRequestFixture();
    private final ConsentRequestStore consentRequests = mock(ConsentRequestStore.class);
    private final ConsentDecision decision = new ConsentDecision();
    private final NodeRef consentRequest = fixture.repository.folder(null, "consent request");

    ConsentAnswerClosesPendingRequestTest() {
        ConsentDocuments documents = new ConsentDocuments();
        documents.setNodeService(fixture.repository.nodeService());
        documents.setCatalogue(fixture.retention.catalogue);
        documents.setStatusEvaluator(fixture.retention.statusEvaluator);
        documents.setBehaviourFilter(fixture.repository.behaviourFilter());
        documents.afterPropertiesSet();
        decision.setDocuments(documents);
        decision.setStore(consentRequests);
        decision.setContactMomentWriter(fixture.contactMoments);
        decision.setRetentionApplier(fixture.retention.applier);
        decision.setLifecycle(new ExtensionLifecycle(fixture.retention.statusEvaluator.calculator()));
        decision.setExtensionRequests(fixture.service);
        decision.setClock(Clock.fixed(ANSWERED, ZoneOffset.UTC));
        decision.afterPropertiesSet();
    }

    @AfterEach
    void signOut() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void aConsentExtendsOnceAndClosesThePendingRequestAndItsReviewTask() {
        NodeRef document = fixture.document("2023-07-01");
        fixture.signInAs(EMPLOYEE);
        PendingExtensionRequest filed = fixture.service.request(document, "candidate asked to stay in the pool");
        AuthenticationUtil.clearCurrentSecurityContext();

        int answered = decision.answer(request(document), true);

        assertThat(answered).isEqualTo(1);
        assertThat(fixture.expiry(document)).isEqualTo("2026-07-01");
        assertThat(fixture.repository.property(document, RetentionModel.PROP_EXTENSION_COUNT)).isEqualTo(1);
        assertThat(fixture.service.pendingRequest(document)).isEmpty();
        assertThat(fixture.repository.hasAspect(document, RetentionModel.ASPECT_EXTENSION_REQUEST)).isFalse();
        assertThat(fixture.cancelled).containsExactly(filed.workflowId());
        assertThat(fixture.moments(document)).containsExactly(
                "EXTENSION_REQUESTED TASK erik 2025-07-01->2025-07-01 candidate asked to stay in the pool",
                "CONSENT_GIVEN SURVEY subject-17 2025-07-01->2026-07-01 null");
        verify(consentRequests).close(eq(consentRequest), eq(ConsentRequestState.ANSWERED_CONSENT), any());
    }

    @Test
    void aRefusalLeavesThePendingRequestToTheOfficer() {
        NodeRef document = fixture.document("2023-07-01");
        fixture.signInAs(EMPLOYEE);
        PendingExtensionRequest filed = fixture.service.request(document, "candidate asked to stay in the pool");
        AuthenticationUtil.clearCurrentSecurityContext();

        decision.answer(request(document), false);

        assertThat(fixture.expiry(document)).isEqualTo("2025-07-01");
        assertThat(fixture.service.pendingRequest(document)).map(r -> r.id()).contains(filed.id());
        assertThat(fixture.cancelled).isEmpty();
        assertThat(fixture.moments(document)).last().asString().startsWith("CONSENT_REFUSED SURVEY subject-17");
    }

    @Test
    void aConsentWithoutAPendingRequestExtendsAndCancelsNothing() {
        NodeRef document = fixture.document("2023-07-01");

        decision.answer(request(document), true);

        assertThat(fixture.expiry(document)).isEqualTo("2026-07-01");
        assertThat(fixture.cancelled).isEmpty();
        assertThat(fixture.moments(document)).containsExactly(
                "CONSENT_GIVEN SURVEY subject-17 2025-07-01->2026-07-01 null");
    }

    private OpenConsentRequest request(NodeRef document) {
        return new OpenConsentRequest(consentRequest, "subject-17", List.of(document),
                Instant.parse("2025-07-01T21:59:59Z"), Locale.forLanguageTag("nl"));
    }
}
