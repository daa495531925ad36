package org.gdprretention.platform.rest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.rest.framework.core.exceptions.ApiException;
import org.alfresco.rest.framework.core.exceptions.ConstraintViolatedException;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.rest.framework.core.exceptions.PermissionDeniedException;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;
import org.alfresco.rest.framework.webscripts.WithResponse;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.extension.ExtensionOutcome;
import org.gdprretention.core.extension.ExtensionRefusedException;
import org.gdprretention.core.extension.ExtensionRequest;
import org.gdprretention.core.extension.ExtensionState;
import org.gdprretention.platform.extension.ExtensionRequestService;
import org.gdprretention.platform.extension.PendingExtensionRequest;
import org.gdprretention.platform.extension.PendingRequestPage;
import org.gdprretention.platform.rest.RestFuzzer;
import org.gdprretention.platform.rest.RestFuzzer.BodyShape;
import org.gdprretention.platform.rest.RestFuzzer.QueryParam;
import org.gdprretention.platform.rest.RestJson;
import org.gdprretention.platform.rest.RestRequest;
import org.gdprretention.platform.rest.model.ExtensionDecision;
import org.gdprretention.platform.rest.model.ExtensionRequestEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /extension-requests}: anyone who can read a document asks; officers approve or deny; the service's rules
 * decide, its refusals become 409 (one message per reason), bad input 400, an unreadable document 404.
 */
class ExtensionRequestsResourceTest {

    private static final String DOC_ID = "5d6e7f80-1a2b-4c3d-8e4f-5a6b7c8d9e0f";
    private static final NodeRef DOC = TemplateBindingsResourceTest.node(DOC_ID);
    private static final Instant ASKED = Instant.parse("2026-11-02T09:30:00Z");
    private static final ExtensionRequest PENDING = new ExtensionRequest("req-1", DocumentId.of(DOC.toString()),
            AdminCallers.READER, "still needed for the court case", ASKED, ExtensionState.REQUESTED, null, null, null);

    private final AdminCallers callers = new AdminCallers();
    private final ExtensionRequestService service = mock(ExtensionRequestService.class);
    private final NodeService nodeService = mock(NodeService.class);
    private final java.util.Set<NodeRef> unreadable = new java.util.HashSet<>();
    private final ExtensionRequestsResource resource = new ExtensionRequestsResource();
    private final PendingExtensionRequest pending = new PendingExtensionRequest(DOC, PENDING, "activiti$1",
            LocalDate.of(2027, 1, 31), LocalDate.of(2028, 1, 31));

    @BeforeEach
    void setUp() {
        when(nodeService.getProperty(DOC, ContentModel.PROP_NAME)).thenReturn("contract.pdf");
        when(nodeService.exists(DOC)).thenReturn(true);
        when(service.find("req-1")).thenReturn(Optional.of(pending));
        when(service.find("req-2")).thenReturn(Optional.empty());
        resource.setRequests(service);
        resource.setNodeService(org.gdprretention.platform.testsupport.MethodSecurity.forAdmins(AdminCallers.ADMIN)
                .withNodePermissions((user, node, permission) -> !unreadable.contains(node))
                .wrap(NodeService.class, nodeService));
        resource.setAccess(callers.access);
        resource.setAudit(callers.audit);
        resource.afterPropertiesSet();
    }

    @AfterEach
    void tearDown() {
        AdminCallers.reset();
    }

    @Test
    void aReaderOfTheDocumentAsksAndTheRequestIsPendingAndAudited() {
        AdminCallers.as(AdminCallers.READER);
        when(service.request(DOC, "still needed for the court case")).thenReturn(pending);

        List<ExtensionRequestEntry> created = resource.create(List.of(body(DOC_ID, "still needed for the court case")),
                RestRequest.query("").parameters());

        AdminJson.assertMatchesFixture(RestJson.entry(created.get(0)), "admin/extension-request-pending.json");
        verify(callers.auditLog).append(eq(AdminCallers.READER), eq("rest.extension-request.create"),
                eq(DOC.toString()), eq(java.util.Map.of("requestId", "req-1")));
    }

    @Test
    void theEnginesRefusalIsAConflictNamingItsReason() {
        AdminCallers.as(AdminCallers.READER);
        when(service.request(any(), anyString())).thenThrow(new ExtensionRefusedException(
                ExtensionRefusedException.Reason.EXPIRED, DocumentId.of(DOC.toString()), null));

        assertThatThrownBy(() -> resource.create(List.of(body(DOC_ID, "please")), RestRequest.query("").parameters()))
                .isInstanceOf(ConstraintViolatedException.class)
                .extracting(e -> ((ApiException) e).getMsgId())
                .isEqualTo("gdpr.rest.admin.error.extensionRefused.EXPIRED");
        verifyNoInteractions(callers.auditLog);
    }

    @Test
    void badInputIsRefusedBeforeTheServiceIsAsked() {
        AdminCallers.as(AdminCallers.READER);
        ExtensionRequestEntry withState = body(DOC_ID, "please");
        withState.setState("APPROVED");

        assertThatThrownBy(() -> resource.create(List.of(withState), RestRequest.query("").parameters()))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> resource.create(List.of(body("workspace://SpacesStore/" + DOC_ID, "please")),
                RestRequest.query("").parameters())).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> resource.create(List.of(body(DOC_ID, "  ")), RestRequest.query("").parameters()))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> resource.create(List.of(body(DOC_ID, "a"), body(DOC_ID, "b")),
                RestRequest.query("").parameters())).isInstanceOf(InvalidArgumentException.class);
        verifyNoInteractions(service, callers.auditLog);
    }

    @Test
    void aDocumentTheCallerCannotReadIsNotFound() {
        AdminCallers.as(AdminCallers.READER);
        unreadable.add(DOC);
        when(service.request(any(), anyString())).thenThrow(new InvalidRetentionInputException("document", DOC,
                "cannot be read"));

        assertThatThrownBy(() -> resource.create(List.of(body(DOC_ID, "please")), RestRequest.query("").parameters()))
                .isInstanceOf(EntityNotFoundException.class);
    }

    @Test
    void onlyPendingRequestsAreListedPerDocumentAndPaged() {
        AdminCallers.as(AdminCallers.OFFICER);
        when(service.listPending(DOC, 0, 10)).thenReturn(new PendingRequestPage(List.of(pending), false, 1));

        CollectionWithPagingInfo<ExtensionRequestEntry> page = resource.readAll(
                RestRequest.query("state=PENDING&nodeId=" + DOC_ID + "&maxItems=10").parameters());

        assertThat(page.getCollection()).extracting(ExtensionRequestEntry::getId).containsExactly("req-1");
        assertThat(page.getTotalItems()).isEqualTo(1);
        assertThatThrownBy(() -> resource.readAll(RestRequest.query("state=APPROVED").parameters()))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> resource.readAll(RestRequest.query("maxItems=1001").parameters()))
                .isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void theListIsPendingByDefault() {
        AdminCallers.as(AdminCallers.READER);
        when(service.listPending(null, 0, 100)).thenReturn(new PendingRequestPage(List.of(), false, 0));

        assertThat(resource.readAll(RestRequest.query("").parameters()).getCollection()).isEmpty();
        verify(service).listPending(null, 0, 100);
    }

    @Test
    void aReaderMayNotDecide() {
        AdminCallers.as(AdminCallers.READER);

        assertThatThrownBy(() -> resource.approve("req-1", decision("ok"), RestRequest.query("").parameters(),
                response())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> resource.deny("req-1", decision("no"), RestRequest.query("").parameters(),
                response())).isInstanceOf(PermissionDeniedException.class);
        verify(service, never()).approve(anyString(), any());
        verify(service, never()).deny(anyString(), any());
    }

    @Test
    void anOfficerApprovesWithACommentAndSeesTheDecision() {
        AdminCallers.as(AdminCallers.OFFICER);
        ExtensionRequest approved = new ExtensionRequest("req-1", DocumentId.of(DOC.toString()), AdminCallers.READER,
                "still needed for the court case", ASKED, ExtensionState.APPROVED, AdminCallers.OFFICER,
                Instant.parse("2026-11-03T10:00:00Z"), "agreed with legal");
        ExtensionOutcome outcome = mock(ExtensionOutcome.class);
        when(outcome.request()).thenReturn(approved);
        when(outcome.expiryDate()).thenReturn(LocalDate.of(2028, 1, 31));
        when(service.approve("req-1", "agreed with legal")).thenReturn(outcome);

        WithResponse response = response();
        ExtensionRequestEntry entry = resource.approve("req-1", decision("agreed with legal"),
                RestRequest.query("").parameters(), response);

        // a decision changes a request that exists: 200 as documented, not the 201 of a POST that creates
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(entry.getState()).isEqualTo("APPROVED");
        assertThat(entry.getDecidedBy()).isEqualTo(AdminCallers.OFFICER);
        assertThat(entry.getComment()).isEqualTo("agreed with legal");
        assertThat(entry.getCurrentExpiry()).isEqualTo("2028-01-31");
    }

    @Test
    void anUnknownOrDecidedRequestIsNotFoundAndARefusedDecisionIsAConflict() {
        AdminCallers.as(AdminCallers.ADMIN);
        when(service.deny("req-1", null)).thenThrow(new ExtensionRefusedException(
                ExtensionRefusedException.Reason.DECISION_WINDOW_PASSED, DocumentId.of(DOC.toString()), null));

        assertThatThrownBy(() -> resource.deny("req-2", null, RestRequest.query("").parameters(), response()))
                .isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> resource.deny("req-1", null, RestRequest.query("").parameters(), response()))
                .isInstanceOf(ConstraintViolatedException.class);
        assertThatThrownBy(() -> resource.readById("req-2", RestRequest.query("").parameters()))
                .isInstanceOf(EntityNotFoundException.class);
    }

    @Test
    void everyEndpointAnswersAThousandMalformedRequestsWith4xxAndNothingIsAsked() {
        AdminCallers.as(AdminCallers.OFFICER);
        when(service.find(anyString())).thenReturn(Optional.empty());
        when(service.listPending(any(), anyInt(), anyInt())).thenReturn(new PendingRequestPage(List.of(), false, 0));

        new RestFuzzer(601).endpoint("GET /extension-requests").paging(ExtensionRequestsResource.MAX_ITEMS)
                .query(QueryParam.enumeration("state", "PENDING"), QueryParam.nodeId("nodeId"))
                .call(r -> resource.readAll(r.parameters())).run(RestFuzzer.DEFAULT_REQUESTS);
        new RestFuzzer(602).endpoint("GET /extension-requests/{id}").nodeIdInPath()
                .call(r -> resource.readById(r.id(), r.parameters())).run(RestFuzzer.DEFAULT_REQUESTS);
        new RestFuzzer(603).endpoint("POST /extension-requests")
                .body(BodyShape.object().asCollection().text("nodeId", 36, true).text("reason", 1000, true))
                .call(r -> resource.create(r.bodyList(ExtensionRequestEntry.class), r.parameters()))
                .run(RestFuzzer.DEFAULT_REQUESTS);
        new RestFuzzer(604).endpoint("POST /extension-requests/{id}/approve").nodeIdInPath()
                .body(BodyShape.object().text("comment", 1000, false))
                .call(r -> resource.approve(r.id(), r.body(ExtensionDecision.class), r.parameters(), response()))
                .run(RestFuzzer.DEFAULT_REQUESTS);
        new RestFuzzer(605).endpoint("POST /extension-requests/{id}/deny").nodeIdInPath()
                .body(BodyShape.object().text("comment", 1000, false))
                .call(r -> resource.deny(r.id(), r.body(ExtensionDecision.class), r.parameters(), response()))
                .run(RestFuzzer.DEFAULT_REQUESTS);

        verify(service, never()).request(any(), anyString());
        verify(service, never()).approve(anyString(), any());
        verify(service, never()).deny(anyString(), any());
        verify(callers.auditLog, never()).append(anyString(), anyString(), anyString(), anyMap());
    }

    private static ExtensionRequestEntry body(String nodeId, String reason) {
        ExtensionRequestEntry body = new ExtensionRequestEntry();
        body.setNodeId(nodeId);
        body.setReason(reason);
        return body;
    }

    private static ExtensionDecision decision(String comment) {
        ExtensionDecision decision = new ExtensionDecision();
        decision.setComment(comment);
        return decision;
    }

    // As ACS hands it to an @Operation: 201 unless the operation sets its own status.
    private static WithResponse response() {
        return org.gdprretention.platform.rest.RestResponses.of(ExtensionRequestsResource.class, "approve");
    }
}
