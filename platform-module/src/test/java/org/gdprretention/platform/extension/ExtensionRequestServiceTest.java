package org.gdprretention.platform.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.extension.ExtensionRequestFixture.EMPLOYEE;
import static org.gdprretention.platform.extension.ExtensionRequestFixture.OFFICER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.extension.ExtensionRefusedException;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Filing, deciding, listing and closing extension requests against an in-memory repository: what is stored on the
 * document (the pending request, the granted extension and new expiry, the contact moments), who may decide, and
 * that every refusal leaves the repository as it was.
 */
class ExtensionRequestServiceTest {

    /** Created 2023-07-01: expires 2025-07-01; "now" is 2025-06-15. */
    private static final String CREATED = "2023-07-01";

    private final ExtensionRequestFixture fixture = new ExtensionRequestFixture();
    private final ExtensionRequestService service = fixture.service;

    @AfterEach
    void signOut() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void aRequestIsStoredOnTheDocumentRecordedAndStartsTheOfficersReview() {
        NodeRef document = fixture.document(CREATED);
        fixture.signInAs(EMPLOYEE);

        PendingExtensionRequest filed = service.request(document, "  candidate asked to stay in the pool ");

        assertThat(fixture.repository.hasAspect(document, RetentionModel.ASPECT_EXTENSION_REQUEST)).isTrue();
        assertThat(fixture.repository.properties(document))
                .containsEntry(RetentionModel.PROP_EXTENSION_REQUEST_ID, filed.id())
                .containsEntry(RetentionModel.PROP_EXTENSION_REQUESTED_BY, EMPLOYEE)
                .containsEntry(RetentionModel.PROP_EXTENSION_REASON, "candidate asked to stay in the pool")
                .containsEntry(RetentionModel.PROP_EXTENSION_WORKFLOW_ID, filed.workflowId());
        assertThat(fixture.moments(document)).containsExactly(
                "EXTENSION_REQUESTED TASK erik 2025-07-01->2025-07-01 candidate asked to stay in the pool");
        assertThat(fixture.started).singleElement().satisfies(parameters -> assertThat(parameters)
                .containsEntry(ExtensionWorkflow.PROP_REQUEST_ID, filed.id())
                .containsEntry(ExtensionWorkflow.PROP_REQUESTED_BY, EMPLOYEE)
                .containsEntry(ExtensionWorkflow.PROP_REASON, "candidate asked to stay in the pool")
                .containsEntry(ExtensionWorkflow.PROP_CURRENT_EXPIRY, FakeRepository.date("2025-07-01"))
                .containsEntry(ExtensionWorkflow.PROP_PROPOSED_EXPIRY, FakeRepository.date("2026-07-01"))
                .containsEntry(WorkflowModel.ASSOC_PACKAGE, fixture.workflowPackage));
        verify(fixture.repository.nodeService()).addChild(eq(fixture.workflowPackage), eq(document),
                eq(WorkflowModel.ASSOC_PACKAGE_CONTAINS), any());
        assertThat(service.find(filed.id())).contains(filed);
        assertThat(filed.currentExpiry()).isEqualTo(java.time.LocalDate.of(2025, 7, 1));
        assertThat(filed.proposedExpiry()).isEqualTo(java.time.LocalDate.of(2026, 7, 1));
    }

    @Test
    void aSecondRequestWhileOneIsPendingIsRefusedAndChangesNothing() {
        NodeRef document = fixture.document(CREATED);
        fixture.signInAs(EMPLOYEE);
        PendingExtensionRequest first = service.request(document, "first");

        assertThatThrownBy(() -> service.request(document, "second"))
                .isInstanceOfSatisfying(ExtensionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExtensionRefusedException.Reason.REQUEST_PENDING));

        assertThat(fixture.started).hasSize(1);
        assertThat(fixture.moments(document)).hasSize(1);
        assertThat(service.find(first.id())).contains(first);
    }

    @Test
    void aRequestForATypeThatIsNotExtendableIsRefused() {
        // VOG (certificate of conduct): four weeks from creation, never extended
        NodeRef document = fixture.document("2025-06-10", "VOG");
        fixture.signInAs(EMPLOYEE);

        assertThatThrownBy(() -> service.request(document, "keep it"))
                .isInstanceOfSatisfying(ExtensionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExtensionRefusedException.Reason.NOT_EXTENDABLE));
        assertThat(fixture.started).isEmpty();
    }

    @Test
    void onceTheMaximumIsGrantedAFurtherRequestIsRefused() {
        NodeRef document = fixture.document(CREATED);
        for (int granted = 0; granted < 3; granted++) {
            fixture.signInAs(EMPLOYEE);
            PendingExtensionRequest filed = service.request(document, "round " + granted);
            fixture.signInAs(OFFICER);
            service.approve(filed.id(), "ok");
        }
        fixture.signInAs(EMPLOYEE);

        assertThatThrownBy(() -> service.request(document, "a fourth year"))
                .isInstanceOfSatisfying(ExtensionRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(ExtensionRefusedException.Reason.MAX_EXTENSIONS_REACHED));
        assertThat(fixture.expiry(document)).isEqualTo("2028-07-01");
        assertThat(fixture.repository.property(document, RetentionModel.PROP_EXTENSION_COUNT)).isEqualTo(3);
    }

    @Test
    void aRequestWithoutAReasonIsRefusedNamingTheFieldAndChangesNothing() {
        NodeRef document = fixture.document(CREATED);
        fixture.signInAs(EMPLOYEE);

        assertThatThrownBy(() -> service.request(document, "  "))
                .isInstanceOf(InvalidRetentionInputException.class).hasMessageContaining("reason");

        assertThat(fixture.repository.hasAspect(document, RetentionModel.ASPECT_EXTENSION_REQUEST)).isFalse();
        assertThat(fixture.moments(document)).isEmpty();
        assertThat(fixture.started).isEmpty();
    }

    @Test
    void aRequestForAnExpiredDocumentIsRefused() {
        NodeRef document = fixture.document("2023-06-01");
        fixture.signInAs(EMPLOYEE);

        assertThatThrownBy(() -> service.request(document, "too late"))
                .isInstanceOfSatisfying(ExtensionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExtensionRefusedException.Reason.EXPIRED));

        assertThat(fixture.started).isEmpty();
        assertThat(fixture.moments(document)).isEmpty();
    }

    @Test
    void aRequestForANodeWithoutRetentionIsRefusedNamingTheDocument() {
        NodeRef plain = fixture.repository.document(null, java.util.Map.of());
        fixture.signInAs(EMPLOYEE);

        assertThatThrownBy(() -> service.request(plain, "why not"))
                .isInstanceOf(InvalidRetentionInputException.class).hasMessageContaining("document");
        assertThatThrownBy(() -> service.request(null, "why not"))
                .isInstanceOf(InvalidRetentionInputException.class).hasMessageContaining("document");
    }

    @Test
    void anOfficerWhoCannotReadTheDocumentIsToldSoAndDecidesNothing() {
        NodeRef document = fixture.document(CREATED);
        fixture.signInAs(EMPLOYEE);
        PendingExtensionRequest filed = service.request(document, "pool");
        fixture.signInAs(ExtensionRequestFixture.BLIND_OFFICER);

        assertThatThrownBy(() -> service.approve(filed.id(), "fine")).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("cannot read the document").hasMessageContaining(filed.id());
        assertThatThrownBy(() -> service.decideFromTask(filed.id(), ReviewOutcome.DENY, "no"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("cannot read the document");

        fixture.signInAs(OFFICER);
        assertThat(service.find(filed.id())).isPresent();
        assertThat(fixture.expiry(document)).isEqualTo("2025-07-01");
        assertThat(fixture.cancelled).isEmpty();
    }

    @Test
    void someoneWhoCannotReadTheDocumentCannotAskAndNothingIsWritten() {
        NodeRef document = fixture.document(CREATED);
        fixture.signInAs(ExtensionRequestFixture.STRANGER);

        assertThatThrownBy(() -> service.request(document, "curious")).isInstanceOf(AccessDeniedException.class);

        assertThat(fixture.repository.hasAspect(document, RetentionModel.ASPECT_EXTENSION_REQUEST)).isFalse();
        assertThat(fixture.moments(document)).isEmpty();
        assertThat(fixture.started).isEmpty();
    }

    @Test
    void anOfficersApprovalFromTheTaskExtendsRecordsAndClosesTheRequestInOneGo() {
        NodeRef document = fixture.document(CREATED);
        fixture.signInAs(EMPLOYEE);
        PendingExtensionRequest filed = service.request(document, "pool");
        fixture.signInAs(OFFICER);

        service.decideFromTask(filed.id(), ReviewOutcome.APPROVE, "fine, one more year");

        assertThat(fixture.expiry(document)).isEqualTo("2026-07-01");
        assertThat(fixture.repository.property(document, RetentionModel.PROP_GRANTED_EXTENSIONS))
                .isEqualTo(List.of("P1Y"));
        assertThat(fixture.repository.property(document, RetentionModel.PROP_EXTENSION_COUNT)).isEqualTo(1);
        assertThat(fixture.repository.hasAspect(document, RetentionModel.ASPECT_EXTENSION_REQUEST)).isFalse();
        assertThat(fixture.moments(document)).containsExactly(
                "EXTENSION_REQUESTED TASK erik 2025-07-01->2025-07-01 pool",
                "EXTENSION_APPROVED TASK olga 2025-07-01->2026-07-01 fine, one more year");
        verify(fixture.auditLog).append(eq(OFFICER), eq(ExtensionRequestService.AUDIT_APPROVED),
                eq(document.toString()), any());
        assertThat(fixture.cancelled).as("the task's own completion ends the workflow").isEmpty();
    }

    @Test
    void filingAndDecidingAreNoEditOfTheDocument() {
        NodeRef document = fixture.document(CREATED);
        fixture.repository.addAspect(document, org.alfresco.model.ContentModel.ASPECT_VERSIONABLE, java.util.Map.of(
                org.alfresco.model.ContentModel.PROP_MODIFIER, "author",
                org.alfresco.model.ContentModel.PROP_MODIFIED, FakeRepository.date("2024-01-01")));
        fixture.signInAs(EMPLOYEE);
        PendingExtensionRequest filed = service.request(document, "pool");
        fixture.signInAs(OFFICER);

        service.decideFromTask(filed.id(), ReviewOutcome.APPROVE, "ok");

        assertThat(fixture.expiry(document)).isEqualTo("2026-07-01");
        assertThat(fixture.repository.property(document, org.alfresco.model.ContentModel.PROP_MODIFIER))
                .isEqualTo("author");
        assertThat(fixture.repository.property(document, org.alfresco.model.ContentModel.PROP_MODIFIED))
                .isEqualTo(FakeRepository.date("2024-01-01"));
        assertThat(fixture.repository.versionsMade(document)).isZero();
    }

    @Test
    void aDenialKeepsTheExpiryAndClosesTheRequest() {
        NodeRef document = fixture.document(CREATED);
        fixture.signInAs(EMPLOYEE);
        PendingExtensionRequest filed = service.request(document, "pool");
        fixture.signInAs(OFFICER);

        service.decideFromTask(filed.id(), ReviewOutcome.DENY, "no grounds");

        assertThat(fixture.expiry(document)).isEqualTo("2025-07-01");
        assertThat(fixture.repository.property(document, RetentionModel.PROP_GRANTED_EXTENSIONS)).isNull();
        assertThat(fixture.repository.hasAspect(document, RetentionModel.ASPECT_EXTENSION_REQUEST)).isFalse();
        assertThat(fixture.moments(document)).last()
                .isEqualTo("EXTENSION_DENIED TASK olga 2025-07-01->2025-07-01 no grounds");
    }

    @Test
    void theRequesterCannotApproveTheirOwnRequestByCompletingTheTask() {
        NodeRef document = fixture.document(CREATED);
        fixture.signInAs(EMPLOYEE);
        PendingExtensionRequest filed = service.request(document, "pool");

        assertThatThrownBy(() -> service.decideFromTask(filed.id(), ReviewOutcome.APPROVE, "self-service"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining(EMPLOYEE);

        assertThat(fixture.expiry(document)).isEqualTo("2025-07-01");
        assertThat(fixture.moments(document)).hasSize(1);
        assertThat(service.find(filed.id())).contains(filed);
        verify(fixture.auditLog, never()).append(anyString(), eq(ExtensionRequestService.AUDIT_APPROVED), any(),
                any());
    }

    @Test
    void aDecidedRequestIsNeverDecidedAgain() {
        NodeRef document = fixture.document(CREATED);
        fixture.signInAs(EMPLOYEE);
        PendingExtensionRequest filed = service.request(document, "pool");
        fixture.signInAs(OFFICER);
        service.decideFromTask(filed.id(), ReviewOutcome.DENY, "no");

        assertThatThrownBy(() -> service.approve(filed.id(), "changed my mind"))
                .isInstanceOf(InvalidRetentionInputException.class).hasMessageContaining("requestId");

        assertThat(fixture.expiry(document)).isEqualTo("2025-07-01");
        assertThat(fixture.moments(document)).hasSize(2);
    }

    @Test
    void anApprovalOverRestClosesTheReviewTaskToo() {
        NodeRef document = fixture.document(CREATED);
        fixture.signInAs(EMPLOYEE);
        PendingExtensionRequest filed = service.request(document, "pool");
        fixture.signInAs(OFFICER);

        service.approve(filed.id(), "ok");

        assertThat(fixture.cancelled).containsExactly(filed.workflowId());
        assertThat(fixture.moments(document)).last().isEqualTo("EXTENSION_APPROVED API olga 2025-07-01->2026-07-01 ok");
    }

    @Test
    void anApprovalInsideTheDecisionWindowAfterExpiryExtendsFromTheOriginalExpiry() {
        NodeRef document = fixture.document(CREATED);
        fixture.signInAs(EMPLOYEE);
        PendingExtensionRequest filed = service.request(document, "pool");
        fixture.at("2025-07-20T10:00:00Z");
        fixture.signInAs(OFFICER);

        service.approve(filed.id(), "late but inside the window");

        assertThat(fixture.expiry(document)).isEqualTo("2026-07-01");
    }

    @Test
    void pendingRequestsArePagedOldestFirst() {
        NodeRef a = fixture.document(CREATED);
        NodeRef b = fixture.document(CREATED);
        NodeRef c = fixture.document(CREATED);
        fixture.signInAs(EMPLOYEE);
        PendingExtensionRequest first = service.request(a, "a");
        fixture.at("2025-06-15T11:00:00Z");
        PendingExtensionRequest second = service.request(b, "b");
        fixture.at("2025-06-15T12:00:00Z");
        PendingExtensionRequest third = service.request(c, "c");

        PendingRequestPage page = service.listPending(null, 1, 1);

        assertThat(page.entries()).containsExactly(second);
        assertThat(page.hasMoreItems()).isTrue();
        assertThat(page.totalItems()).isEqualTo(3);
        assertThat(service.listPending(null, 0, 10).entries()).containsExactly(first, second, third);
        assertThat(service.listPending(c, 0, 10).entries()).containsExactly(third);
        assertThatThrownBy(() -> service.listPending(null, -1, 10)).isInstanceOf(InvalidRetentionInputException.class);
    }

    @Test
    void aRequestIsClosedAsLapsedOnlyOnceItsWindowHasPassed() {
        NodeRef document = fixture.document(CREATED);
        fixture.signInAs(EMPLOYEE);
        PendingExtensionRequest filed = service.request(document, "pool");
        AuthenticationUtil.setRunAsUserSystem();

        fixture.at("2025-07-31T10:00:00Z");
        assertThat(service.closeIfLapsed(document, java.time.Instant.parse("2025-07-31T10:00:00Z"))).isFalse();
        assertThat(service.find(filed.id())).isPresent();

        java.time.Instant after = java.time.Instant.parse("2025-08-01T10:00:00Z");
        fixture.at("2025-08-01T10:00:00Z");
        assertThat(service.closeIfLapsed(document, after)).isTrue();

        assertThat(fixture.repository.hasAspect(document, RetentionModel.ASPECT_EXTENSION_REQUEST)).isFalse();
        assertThat(fixture.moments(document)).last().asString().startsWith("EXTENSION_LAPSED SYSTEM");
        assertThat(fixture.expiry(document)).isEqualTo("2025-07-01");
        assertThat(fixture.cancelled).containsExactly(filed.workflowId());
        assertThat(service.closeIfLapsed(document, after)).isFalse();
    }

    @Test
    void aPendingRequestHoldsThePurgeUntilItsWindowHasPassed() {
        NodeRef document = fixture.document(CREATED);
        fixture.signInAs(EMPLOYEE);
        service.request(document, "pool");
        DocumentFacts facts = new DocumentFacts(fixture.repository.nodeService(), fixture.retention.catalogue,
                FakeRepository.ZONE);

        assertThat(service.holdsPurge(document, facts.of(document), java.time.Instant.parse("2025-07-15T10:00:00Z")))
                .isTrue();
        assertThat(service.holdsPurge(document, facts.of(document), java.time.Instant.parse("2025-08-01T10:00:00Z")))
                .isFalse();
        assertThat(service.holdsPurge(fixture.document(CREATED), facts.of(document),
                java.time.Instant.parse("2025-07-15T10:00:00Z"))).isFalse();
    }

    @Test
    void aConsentClosesThePendingRequestAndItsReviewTask() {
        NodeRef document = fixture.document(CREATED);
        fixture.signInAs(EMPLOYEE);
        PendingExtensionRequest filed = service.request(document, "pool");
        DocumentFacts facts = new DocumentFacts(fixture.repository.nodeService(), fixture.retention.catalogue,
                FakeRepository.ZONE);
        org.gdprretention.core.extension.ExtensionOutcome consent = new org.gdprretention.core.extension
                .ExtensionLifecycle(fixture.retention.statusEvaluator.calculator())
                .consent(facts.of(document), "subject-17", java.time.Instant.parse("2025-06-16T10:00:00Z"),
                        org.gdprretention.core.extension.ContactChannel.SURVEY,
                        service.pendingRequest(document).orElseThrow());

        service.closeByConsent(document, consent);

        assertThat(service.pendingRequest(document)).isEmpty();
        assertThat(fixture.cancelled).containsExactly(filed.workflowId());
        assertThatThrownBy(() -> service.closeByConsent(document, consent))
                .isInstanceOf(InvalidRetentionInputException.class);
    }
}
