package org.gdprretention.platform.rest.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.rest.framework.Operation;
import org.alfresco.rest.framework.core.exceptions.ConstraintViolatedException;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.rest.framework.resource.EntityResource;
import org.alfresco.rest.framework.resource.actions.interfaces.EntityResourceAction;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;
import org.alfresco.rest.framework.resource.parameters.Paging;
import org.alfresco.rest.framework.resource.parameters.Parameters;
import org.alfresco.rest.framework.webscripts.WithResponse;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.rest.JsonBodies;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.extension.ExtensionOutcome;
import org.gdprretention.core.extension.ExtensionRefusedException;
import org.gdprretention.core.extension.ExtensionRequest;
import org.gdprretention.core.extension.ExtensionState;
import org.gdprretention.platform.extension.ExtensionRequestService;
import org.gdprretention.platform.extension.PendingExtensionRequest;
import org.gdprretention.platform.extension.PendingRequestPage;
import org.gdprretention.platform.rest.model.EntryValues;
import org.gdprretention.platform.rest.model.ExtensionDecision;
import org.gdprretention.platform.rest.model.ExtensionRequestEntry;
import org.springframework.beans.factory.InitializingBean;

/**
 * {@code /extension-requests}: asking to keep a document longer and deciding it, the same requests, rules and
 * effects as the {@code gdpr-request-extension} action and the officers' review task
 * ({@link ExtensionRequestService}). Anyone who can read a document may ask (the data subject's contact, a
 * colleague: reading is what lets them know the document exists); officers and administrators approve or deny, with
 * a comment. Requests wait as PENDING; a decided request leaves the list (its decision is a contact moment of the
 * document), so {@code state} can only be PENDING. The engine's refusals are 409, bad input 400.
 */
@EntityResource(name = "extension-requests", title = "Extension requests")
public class ExtensionRequestsResource implements EntityResourceAction.Read<ExtensionRequestEntry>,
        EntityResourceAction.ReadById<ExtensionRequestEntry>, EntityResourceAction.Create<ExtensionRequestEntry>,
        InitializingBean {

    static final String PENDING = "PENDING";
    static final int MAX_ITEMS = 1000;

    private ExtensionRequestService requests;
    private NodeService nodeService;
    private AdminAccess access;
    private AdminAudit audit;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "requests", requests);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "access", access);
        PropertyCheck.mandatory(this, "audit", audit);
    }

    /** The pending requests of documents the caller can read, oldest first; {@code nodeId} for one document. */
    @Override
    public CollectionWithPagingInfo<ExtensionRequestEntry> readAll(Parameters parameters) {
        AdminParameters.acceptOnly(parameters, "state", "nodeId");
        AdminParameters.noOrderBy(parameters);
        AdminParameters.includes(parameters, "none");
        Paging paging = AdminParameters.paging(parameters, MAX_ITEMS);
        String state = parameters.getParameter("state");
        if (state != null && !PENDING.equals(state)) {
            throw new InvalidArgumentException(AdminMessages.EXTENSION_STATE, new Object[] {
                    AdminParameters.abbreviate(state)});
        }
        String nodeId = parameters.getParameter("nodeId");
        NodeRef document = nodeId == null ? null : AdminParameters.nodeRef(nodeId);
        PendingRequestPage page;
        try {
            page = requests.listPending(document, paging.getSkipCount(), paging.getMaxItems());
        } catch (InvalidRetentionInputException | AccessDeniedException e) {
            // a document without retention, gone, or not readable: as for reading it, not found
            throw new EntityNotFoundException(AdminMessages.DOCUMENT_NOT_FOUND, new String[] {nodeId});
        }
        List<ExtensionRequestEntry> entries = new ArrayList<>();
        for (PendingExtensionRequest pending : page.entries()) {
            entries.add(entry(pending.document(), pending.request(), pending.currentExpiry(),
                    pending.proposedExpiry()));
        }
        return CollectionWithPagingInfo.asPaged(paging, entries, page.hasMoreItems(), page.totalItems());
    }

    @Override
    public ExtensionRequestEntry readById(String id, Parameters parameters) {
        AdminParameters.acceptOnly(parameters);
        PendingExtensionRequest pending = pending(id);
        return entry(pending.document(), pending.request(), pending.currentExpiry(), pending.proposedExpiry());
    }

    /** Files a request as the caller; one document per request. */
    @Override
    public List<ExtensionRequestEntry> create(List<ExtensionRequestEntry> bodies, Parameters parameters) {
        AdminParameters.acceptOnly(parameters);
        JsonBodies.require(parameters);
        if (bodies == null || bodies.size() != 1) {
            throw AdminParameters.invalid("body", "one request at a time: {\"nodeId\",\"reason\"}");
        }
        ExtensionRequestEntry body = AdminParameters.required(bodies.get(0));
        if (body.namesReadOnlyFields()) {
            throw AdminParameters.invalid("body", "only nodeId and reason can be given");
        }
        NodeRef document = AdminParameters.nodeRef(body.getNodeId());
        String reason = AdminParameters.text("reason", body.getReason(), true);
        PendingExtensionRequest filed;
        try {
            filed = requests.request(document, reason);
        } catch (ExtensionRefusedException e) {
            throw new ConstraintViolatedException(AdminMessages.extensionRefused(e.reason()), e);
        } catch (InvalidRetentionInputException e) {
            if (!readable(document)) {
                throw new EntityNotFoundException(AdminMessages.DOCUMENT_NOT_FOUND, new String[] {body.getNodeId()});
            }
            throw AdminParameters.invalid(e.field(), e.getMessage());
        } catch (AccessDeniedException e) {
            throw new EntityNotFoundException(AdminMessages.DOCUMENT_NOT_FOUND, new String[] {body.getNodeId()});
        }
        audit.record("rest.extension-request.create", document.toString(),
                java.util.Map.of("requestId", filed.id()));
        return List.of(entry(document, filed.request(), filed.currentExpiry(), filed.proposedExpiry()));
    }

    @Operation("approve")
    public ExtensionRequestEntry approve(String id, ExtensionDecision body, Parameters parameters,
            WithResponse withResponse) {
        return decide(id, body, parameters, withResponse, true);
    }

    @Operation("deny")
    public ExtensionRequestEntry deny(String id, ExtensionDecision body, Parameters parameters,
            WithResponse withResponse) {
        return decide(id, body, parameters, withResponse, false);
    }

    // The service audits the decision itself (extension.approved / extension.denied), with the decider. ACS answers
    // an @Operation (a POST) with 201 unless it says otherwise; a decision creates nothing, so it is a 200.
    private ExtensionRequestEntry decide(String id, ExtensionDecision body, Parameters parameters,
            WithResponse withResponse, boolean approve) {
        access.requireOfficer();
        AdminParameters.acceptOnly(parameters);
        JsonBodies.require(parameters);
        String comment = AdminParameters.text("comment", body == null ? null : body.getComment(), false);
        PendingExtensionRequest pending = pending(id);
        ExtensionOutcome outcome;
        try {
            outcome = approve ? requests.approve(pending.id(), comment) : requests.deny(pending.id(), comment);
        } catch (ExtensionRefusedException e) {
            throw new ConstraintViolatedException(AdminMessages.extensionRefused(e.reason()), e);
        } catch (InvalidRetentionInputException e) {
            throw AdminParameters.invalid(e.field(), e.getMessage());
        }
        withResponse.setStatus(200);
        return entry(pending.document(), outcome.request(), outcome.expiryDate(), null);
    }

    private PendingExtensionRequest pending(String id) {
        try {
            return requests.find(id).orElseThrow(() -> new EntityNotFoundException(
                    AdminMessages.EXTENSION_REQUEST_NOT_FOUND, new String[] {AdminParameters.abbreviate(id)}));
        } catch (InvalidRetentionInputException e) {
            throw new InvalidArgumentException(AdminMessages.EXTENSION_REQUEST_ID,
                    new Object[] {AdminParameters.abbreviate(id)});
        }
    }

    // As the caller, through the public NodeService: reading a property needs Read permission (exists and getType
    // do not, ACS lets anyone ask those).
    private boolean readable(NodeRef document) {
        try {
            return nodeService.exists(document) && nodeService.getProperty(document, ContentModel.PROP_NAME) != null;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    private ExtensionRequestEntry entry(NodeRef document, ExtensionRequest request, LocalDate currentExpiry,
            LocalDate proposedExpiry) {
        ExtensionRequestEntry entry = new ExtensionRequestEntry();
        entry.setId(request.id());
        entry.setNodeId(EntryValues.nodeId(document));
        Serializable name = nodeService.getProperty(document, ContentModel.PROP_NAME);
        entry.setDocumentName(EntryValues.text(name));
        entry.setRequestedBy(request.requestedBy());
        entry.setRequestedAt(EntryValues.utcInstant(request.requestedAt()));
        entry.setReason(request.reason());
        entry.setState(request.state() == ExtensionState.REQUESTED ? PENDING
                : request.state().name().toUpperCase(Locale.ROOT));
        entry.setCurrentExpiry(EntryValues.day(currentExpiry));
        entry.setProposedExpiry(EntryValues.day(proposedExpiry));
        entry.setDecidedBy(request.decidedBy());
        entry.setDecidedAt(EntryValues.utcInstant(request.decidedAt()));
        entry.setComment(request.decisionNote());
        return entry;
    }

    public void setRequests(ExtensionRequestService requests) {
        this.requests = requests;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setAccess(AdminAccess access) {
        this.access = access;
    }

    public void setAudit(AdminAudit audit) {
        this.audit = audit;
    }
}
