package org.gdprretention.platform.extension;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionFacts;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.core.extension.ContactChannel;
import org.gdprretention.core.extension.ContactMoment;
import org.gdprretention.core.extension.ExtensionLifecycle;
import org.gdprretention.core.extension.ExtensionOutcome;
import org.gdprretention.core.extension.ExtensionRefusedException;
import org.gdprretention.core.extension.ExtensionRequest;
import org.gdprretention.core.extension.ExtensionState;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.contact.ContactMomentWriter;
import org.gdprretention.platform.expiry.RetentionApplier;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.proof.RepositoryAuditLog;
import org.gdprretention.platform.security.GdprOfficers;
import org.springframework.beans.factory.InitializingBean;

/**
 * Extension requests in the repository: filing one (which starts the officers' review workflow), deciding one (from
 * the review task or from REST), listing and reading the pending ones, and closing those nobody decided in time.
 * The engine's {@link ExtensionLifecycle} decides every step; this service reads the document's facts and the stored
 * request, and writes what the engine returns, each step in the caller's one transaction: the pending request on the
 * document ({@link PendingRequestStore}), the granted extension with the new expiry, and the contact moment.
 *
 * <p>Anyone who can read a document may ask; only GDPR officers and administrators decide. Refusals: the engine's
 * {@link ExtensionRefusedException} (a conflict with the document's retention), {@link InvalidRetentionInputException}
 * (bad input, an unknown request) and {@link AccessDeniedException} (not an officer).
 */
public class ExtensionRequestService implements ReviewDecisions, ExtensionPurgeHold, InitializingBean {

    public static final String REASON_FIELD = "reason";
    public static final String REQUEST_ID_FIELD = "requestId";
    public static final String PAGING_FIELD = "paging";
    /** Audit log actions of a decision: who decided which document's extension, how. */
    public static final String AUDIT_APPROVED = "extension.approved";
    public static final String AUDIT_DENIED = "extension.denied";
    public static final String AUDIT_LAPSED = "extension.lapsed";

    private NodeService nodeService;
    private org.alfresco.service.cmr.search.SearchService searchService;
    private org.alfresco.service.cmr.workflow.WorkflowService workflowService;
    private AuthorityService authorityService;
    private RepositoryRetentionCatalogue catalogue;
    private RetentionStatusEvaluator statusEvaluator;
    private RetentionApplier applier;
    private ContactMomentWriter contactMoments;
    private RepositoryAuditLog auditLog;
    private Clock clock;
    private String decisionWindow;
    private BehaviourFilter behaviourFilter;

    private ExtensionLifecycle lifecycle;
    private PendingRequestStore store;
    private DocumentFacts facts;
    private ExtensionWorkflow workflow;
    private GdprOfficers officers;
    private PendingRequestPurgeHold purgeHold;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "searchService", searchService);
        PropertyCheck.mandatory(this, "workflowService", workflowService);
        PropertyCheck.mandatory(this, "authorityService", authorityService);
        PropertyCheck.mandatory(this, "catalogue", catalogue);
        PropertyCheck.mandatory(this, "statusEvaluator", statusEvaluator);
        PropertyCheck.mandatory(this, "applier", applier);
        PropertyCheck.mandatory(this, "contactMoments", contactMoments);
        PropertyCheck.mandatory(this, "auditLog", auditLog);
        PropertyCheck.mandatory(this, "clock", clock);
        PropertyCheck.mandatory(this, "decisionWindow", decisionWindow);
        PropertyCheck.mandatory(this, "behaviourFilter", behaviourFilter);
        Period window = parseWindow(decisionWindow);
        ExpiryCalculator calculator = statusEvaluator.calculator();
        lifecycle = new ExtensionLifecycle(calculator, () -> UUID.randomUUID().toString(), window);
        store = new PendingRequestStore(nodeService, searchService, behaviourFilter);
        facts = new DocumentFacts(nodeService, catalogue, calculator.zone());
        workflow = new ExtensionWorkflow(workflowService, nodeService, calculator.zone());
        officers = new GdprOfficers(authorityService);
        purgeHold = new PendingRequestPurgeHold(store, lifecycle);
    }

    /**
     * Files a request to keep {@code document} longer, as the current user, and starts its review by the officers.
     * Refused when the type is not extendable, the maximum is reached, a request is already pending, or the document
     * has expired.
     */
    public PendingExtensionRequest request(NodeRef document, String reason) {
        String requester = person();
        RetentionFacts current = facts.of(document);
        List<ExtensionRequest> stored = store.pendingOn(document).map(p -> List.of(p.request())).orElse(List.of());
        ExtensionOutcome outcome = lifecycle.request(current, stored, requester, reason, clock.instant(),
                ContactChannel.TASK);
        ExtensionRequest request = outcome.request();
        store.save(document, request);
        contactMoments.write(document, outcome.contactMoment());
        String workflowId = workflow.start(document, request, outcome.expiryDate(), proposedExpiry(current));
        store.linkWorkflow(document, workflowId);
        return new PendingExtensionRequest(document, request, workflowId, outcome.expiryDate(),
                proposedExpiry(current));
    }

    /** Approves the pending request {@code requestId} (REST): extends the retention and closes its review task. */
    public ExtensionOutcome approve(String requestId, String comment) {
        return decideAndCloseTask(requestId, ReviewOutcome.APPROVE, comment);
    }

    /** Denies the pending request {@code requestId} (REST): the expiry stays; its review task is closed. */
    public ExtensionOutcome deny(String requestId, String comment) {
        return decideAndCloseTask(requestId, ReviewOutcome.DENY, comment);
    }

    /** The review task completed: the decision, recorded over channel TASK; the workflow then ends by itself. */
    @Override
    public void decideFromTask(String requestId, ReviewOutcome outcome, String comment) {
        decide(requestId, outcome, comment, ContactChannel.TASK);
    }

    /** The pending request {@code requestId}, if the caller can read its document. */
    public Optional<PendingExtensionRequest> find(String requestId) {
        return store.find(requireId(requestId)).map(this::withExpiries);
    }

    /**
     * A page of the pending requests, oldest first: of {@code document} only, or of every document the caller can
     * read when it is null.
     */
    public PendingRequestPage listPending(NodeRef document, int skipCount, int maxItems) {
        if (skipCount < 0 || maxItems < 1) {
            throw new InvalidRetentionInputException(PAGING_FIELD, skipCount + "/" + maxItems,
                    "skipCount must be 0 or more and maxItems 1 or more");
        }
        List<PendingExtensionRequest> all;
        if (document != null) {
            facts.of(document); // refuses a missing document or one without retention, as reading one does
            all = store.pendingOn(document).map(List::of).orElse(List.of());
        } else {
            all = store.all();
        }
        int from = Math.min(skipCount, all.size());
        int to = (int) Math.min((long) from + maxItems, all.size());
        List<PendingExtensionRequest> entries = all.subList(from, to).stream().map(this::withExpiries).toList();
        return new PendingRequestPage(entries, to < all.size(), all.size());
    }

    /**
     * The request pending on {@code document}, for the data subject's consent, which closes it
     * ({@code ExtensionLifecycle.consent(facts, subject, when, channel, pending)}: one extension, not two).
     */
    public Optional<ExtensionRequest> pendingRequest(NodeRef document) {
        return store.pendingOn(document).map(PendingExtensionRequest::request);
    }

    /**
     * Stores that {@code consent} closed the pending request of {@code document}: the request leaves the document
     * and its review task is cancelled (the consent's own contact moment and extension are the caller's, in the same
     * transaction). Nothing happens when the consent closed no request.
     */
    public void closeByConsent(NodeRef document, ExtensionOutcome consent) {
        ExtensionRequest closed = consent == null ? null : consent.request();
        if (closed == null) {
            return;
        }
        PendingExtensionRequest pending = store.pendingOn(document).orElseThrow(() ->
                new InvalidRetentionInputException(REQUEST_ID_FIELD, closed.id(), "is not pending on " + document));
        if (!pending.id().equals(closed.id()) || closed.state() != ExtensionState.CLOSED_BY_CONSENT) {
            throw new InvalidRetentionInputException(REQUEST_ID_FIELD, closed.id(), "is not the request pending on "
                    + document + " closed by consent (" + closed.state() + ")");
        }
        store.clear(document);
        workflow.cancel(pending.workflowId());
    }

    /** The documents that have a pending request, oldest request first (read as the caller). */
    public List<NodeRef> documentsWithPendingRequests() {
        return store.all().stream().map(PendingExtensionRequest::document).toList();
    }

    /**
     * Closes the request pending on {@code document} if its decision window has passed at {@code now} (the expiry
     * job, as the system user): a contact moment EXTENSION_LAPSED, the pending request removed, its review task
     * cancelled; the expiry stays. Returns whether it closed one.
     */
    public boolean closeIfLapsed(NodeRef document, Instant now) {
        Optional<PendingExtensionRequest> found = store.pendingOn(document);
        if (found.isEmpty()) {
            return false;
        }
        PendingExtensionRequest pending = found.get();
        RetentionFacts current;
        try {
            current = facts.of(document);
        } catch (InvalidRetentionInputException e) {
            return false; // retention taken off the document: no expiry to measure the window from
        }
        if (!lifecycle.hasLapsed(pending.request(), current, now)) {
            return false;
        }
        ExtensionOutcome outcome = lifecycle.lapse(pending.request(), current, now);
        contactMoments.write(document, outcome.contactMoment());
        store.clear(document);
        workflow.cancel(pending.workflowId());
        auditLog.append(outcome.contactMoment().actor(), AUDIT_LAPSED, document.toString(),
                details(pending.request(), outcome));
        return true;
    }

    /**
     * Whether the pending request on {@code document} holds its purge at {@code now} (filed before expiry, window
     * still open), as the engine judges it; false without a pending request.
     */
    @Override
    public boolean holdsPurge(NodeRef document, RetentionFacts documentFacts, Instant now) {
        return purgeHold.holdsPurge(document, documentFacts, now);
    }

    private ExtensionOutcome decideAndCloseTask(String requestId, ReviewOutcome outcome, String comment) {
        String workflowId = store.find(requireId(requestId)).map(PendingExtensionRequest::workflowId).orElse(null);
        ExtensionOutcome decided = decide(requestId, outcome, comment, ContactChannel.API);
        workflow.cancel(workflowId);
        return decided;
    }

    private ExtensionOutcome decide(String requestId, ReviewOutcome outcome, String comment, ContactChannel channel) {
        String officer = person();
        if (!officers.includes(officer) || AuthenticationUtil.getSystemUserName().equals(officer)) {
            throw new AccessDeniedException("Only a GDPR officer or an administrator may decide an extension request: "
                    + officer + " is neither a member of " + GdprOfficers.GROUP + " nor an administrator");
        }
        if (outcome == null) {
            throw new InvalidRetentionInputException(ReviewOutcome.FIELD, null, "must be Approve or Deny");
        }
        PendingExtensionRequest pending = store.find(requireId(requestId)).orElseThrow(() -> notFound(requestId, officer));
        NodeRef document = pending.document();
        RetentionFacts current = facts.of(document);
        Instant now = clock.instant();
        List<ExtensionRequest> stored = List.of(pending.request());
        ExtensionOutcome decided = outcome == ReviewOutcome.APPROVE
                ? lifecycle.approve(requestId, stored, current, officer, now, channel)
                : lifecycle.deny(requestId, stored, current, officer, now, comment, channel);
        // The moment first: it is what proves a granted extension (checked when grantedExtensions changes).
        contactMoments.write(document, withComment(decided.contactMoment(), comment));
        if (outcome == ReviewOutcome.APPROVE) {
            writeGrantedExtensions(document, decided);
        }
        store.clear(document);
        auditLog.append(officer, outcome == ReviewOutcome.APPROVE ? AUDIT_APPROVED : AUDIT_DENIED,
                document.toString(), details(pending.request(), decided));
        return decided;
    }

    // An officer decides only on a document they may read: a request on one they may not read is refused in words
    // (the task stays open for an officer who can), not reported as unknown. Whether it exists is looked up as the
    // system user only to choose the message; nothing of the document is shown.
    private RuntimeException notFound(String requestId, String officer) {
        boolean exists = AuthenticationUtil.runAsSystem(() -> store.find(requestId).isPresent());
        if (exists) {
            return new AccessDeniedException("Extension request " + requestId + ": " + officer + " cannot read the"
                    + " document it is about, so cannot decide it; an officer who may read the document can");
        }
        return new InvalidRetentionInputException(REQUEST_ID_FIELD, requestId, "no pending extension request has"
                + " this id: it is unknown, or it was already decided, lapsed or closed by consent");
    }

    // As the system user: the officer's right to decide was checked above, and an officer need not have write
    // permission on every document. The applier then computes the new expiry and status from the extensions.
    private void writeGrantedExtensions(NodeRef document, ExtensionOutcome decided) {
        ArrayList<String> periods = new ArrayList<>();
        for (RetentionPeriod period : decided.grantedExtensions()) {
            periods.add(period.toString());
        }
        Map<org.alfresco.service.namespace.QName, Serializable> values = new LinkedHashMap<>();
        values.put(RetentionModel.PROP_GRANTED_EXTENSIONS, periods);
        values.put(RetentionModel.PROP_EXTENSION_COUNT, periods.size());
        AuthenticationUtil.runAsSystem(() -> {
            Bookkeeping.write(behaviourFilter, document, () -> nodeService.addProperties(document, values));
            applier.recompute(document);
            return null;
        });
    }

    // The dates an officer decides on; a document whose retention can no longer be read keeps its request, undated.
    private PendingExtensionRequest withExpiries(PendingExtensionRequest pending) {
        RetentionFacts current;
        try {
            current = AuthenticationUtil.runAsSystem(() -> facts.of(pending.document()));
        } catch (InvalidRetentionInputException e) {
            return pending;
        }
        LocalDate expiry = current.startKnown() ? statusEvaluator.calculator().expiryDate(current.startDate(),
                current.type().period(), current.grantedExtensions()) : null;
        return pending.withExpiries(expiry, proposedExpiry(current));
    }

    private LocalDate proposedExpiry(RetentionFacts current) {
        if (!current.startKnown()) {
            return null;
        }
        RetentionFacts extended = current.withGrantedExtension(current.type().extensionPeriod());
        return statusEvaluator.calculator().expiryDate(extended.startDate(), extended.type().period(),
                extended.grantedExtensions());
    }

    // The officer's comment is what the document's history should show for the decision; without one, the
    // engine's note (the request's reason) stays.
    private static ContactMoment withComment(ContactMoment moment, String comment) {
        if (comment == null || comment.isBlank()) {
            return moment;
        }
        return new ContactMoment(moment.documentId(), moment.kind(), moment.channel(), moment.actor(), moment.at(),
                moment.oldExpiry(), moment.newExpiry(), comment.trim());
    }

    private static Map<String, String> details(ExtensionRequest request, ExtensionOutcome outcome) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(REQUEST_ID_FIELD, request.id());
        details.put("requestedBy", request.requestedBy());
        ContactMoment moment = outcome.contactMoment();
        details.put("oldExpiry", String.valueOf(moment.oldExpiry()));
        details.put("newExpiry", String.valueOf(moment.newExpiry()));
        return details;
    }

    private static String requireId(String requestId) {
        if (requestId == null || requestId.isBlank()) {
            throw new InvalidRetentionInputException(REQUEST_ID_FIELD, requestId, "is required");
        }
        return requestId.trim();
    }

    private static String person() {
        String person = GdprOfficers.currentPerson();
        if (person == null) {
            throw new AccessDeniedException("An extension request is filed and decided by an authenticated user");
        }
        return person;
    }

    private static Period parseWindow(String text) {
        try {
            Period period = Period.parse(text.trim());
            if (period.isNegative()) {
                throw new IllegalArgumentException("negative");
            }
            return period;
        } catch (RuntimeException e) {
            throw new InvalidRetentionInputException("gdpr-retention.extension.decisionWindow", text,
                    "must be an ISO-8601 period of 0 days or more, e.g. P30D");
        }
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setSearchService(org.alfresco.service.cmr.search.SearchService searchService) {
        this.searchService = searchService;
    }

    public void setWorkflowService(org.alfresco.service.cmr.workflow.WorkflowService workflowService) {
        this.workflowService = workflowService;
    }

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    public void setCatalogue(RepositoryRetentionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void setStatusEvaluator(RetentionStatusEvaluator statusEvaluator) {
        this.statusEvaluator = statusEvaluator;
    }

    public void setApplier(RetentionApplier applier) {
        this.applier = applier;
    }

    public void setContactMoments(ContactMomentWriter contactMoments) {
        this.contactMoments = contactMoments;
    }

    public void setAuditLog(RepositoryAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** Keeps the module's writes from counting as edits of the document (see Bookkeeping). */
    public void setBehaviourFilter(BehaviourFilter behaviourFilter) {
        this.behaviourFilter = behaviourFilter;
    }

    /** ISO-8601 period after the expiry date during which a request filed before expiry holds the purge. */
    public void setDecisionWindow(String decisionWindow) {
        this.decisionWindow = decisionWindow;
    }
}
