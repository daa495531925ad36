package org.gdprretention.platform.extension;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.extension.ExtensionRequest;
import org.gdprretention.platform.batch.KeyedPager;
import org.gdprretention.platform.batch.KeyedQuery;
import org.gdprretention.platform.guard.ModuleWriteMark;
import org.gdprretention.platform.model.RetentionModel;

/**
 * The pending extension request of a document, kept on the document itself as {@code gdpr:extensionRequest}: the
 * repository, not the workflow engine, answers "is one pending", "does it hold the purge" and "which are pending".
 * Written and cleared as the system user: it is the repository's record of a request, which the requester may file
 * with read access only. Found by the database (a CMIS query ACS answers as a transactional metadata query), so a
 * request is found in the transaction that filed it and without the search index.
 */
public class PendingRequestStore {

    static final KeyedQuery ALL_PENDING = KeyedQuery.select("SELECT * FROM gdpr:extensionRequest",
            "gdpr:extensionRequestedAt", RetentionModel.PROP_EXTENSION_REQUESTED_AT);
    private static final int PAGE_SIZE = 200;

    // The document whose pending request this thread is writing, for PendingRequestGuard.
    private static final ModuleWriteMark WRITING = new ModuleWriteMark();

    private final NodeService nodeService;
    private final SearchService searchService;
    private final BehaviourFilter behaviourFilter;

    public PendingRequestStore(NodeService nodeService, SearchService searchService, BehaviourFilter behaviourFilter) {
        this.nodeService = nodeService;
        this.searchService = searchService;
        this.behaviourFilter = behaviourFilter;
    }

    /** The request pending on {@code document}, if any. */
    public Optional<PendingExtensionRequest> pendingOn(NodeRef document) {
        return AuthenticationUtil.runAsSystem(() -> {
            if (!nodeService.exists(document)
                    || !nodeService.hasAspect(document, RetentionModel.ASPECT_EXTENSION_REQUEST)) {
                return Optional.<PendingExtensionRequest>empty();
            }
            Map<QName, Serializable> properties = nodeService.getProperties(document);
            Date at = (Date) properties.get(RetentionModel.PROP_EXTENSION_REQUESTED_AT);
            ExtensionRequest request = ExtensionRequest.pending(text(properties.get(RetentionModel.PROP_EXTENSION_REQUEST_ID)),
                    DocumentId.of(document.toString()), text(properties.get(RetentionModel.PROP_EXTENSION_REQUESTED_BY)),
                    text(properties.get(RetentionModel.PROP_EXTENSION_REASON)), at == null ? null : at.toInstant());
            return Optional.of(new PendingExtensionRequest(document, request,
                    text(properties.get(RetentionModel.PROP_EXTENSION_WORKFLOW_ID))));
        });
    }

    /** The document whose pending request has id {@code requestId}, if any (the caller must be able to read it). */
    public Optional<PendingExtensionRequest> find(String requestId) {
        KeyedPager pager = new KeyedPager(searchService, nodeService,
                ALL_PENDING.where("gdpr:extensionRequestId = " + KeyedQuery.text(requestId)), 2);
        for (NodeRef document : pager.next()) {
            Optional<PendingExtensionRequest> pending = pendingOn(document);
            if (pending.isPresent() && pending.get().id().equals(requestId)) {
                return pending;
            }
        }
        return Optional.empty();
    }

    /** Every pending request the caller can read, oldest first. */
    public List<PendingExtensionRequest> all() {
        KeyedPager pager = new KeyedPager(searchService, nodeService, ALL_PENDING, PAGE_SIZE);
        List<PendingExtensionRequest> all = new ArrayList<>();
        for (List<NodeRef> page = pager.next(); !page.isEmpty(); page = pager.next()) {
            page.forEach(document -> pendingOn(document).ifPresent(all::add));
        }
        return all;
    }

    /** Records {@code request} (pending) on its document. */
    public void save(NodeRef document, ExtensionRequest request) {
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(RetentionModel.PROP_EXTENSION_REQUEST_ID, request.id());
        properties.put(RetentionModel.PROP_EXTENSION_REQUESTED_BY, request.requestedBy());
        properties.put(RetentionModel.PROP_EXTENSION_REQUESTED_AT, Date.from(request.requestedAt()));
        properties.put(RetentionModel.PROP_EXTENSION_REASON, request.reason());
        write(document, () -> nodeService.addAspect(document, RetentionModel.ASPECT_EXTENSION_REQUEST, properties));
    }

    /** Links the pending request on {@code document} to the workflow that reviews it. */
    public void linkWorkflow(NodeRef document, String workflowId) {
        write(document, () -> nodeService.setProperty(document, RetentionModel.PROP_EXTENSION_WORKFLOW_ID, workflowId));
    }

    /** Removes the pending request from {@code document}: it was decided, lapsed or closed by consent. */
    public void clear(NodeRef document) {
        write(document, () -> nodeService.removeAspect(document, RetentionModel.ASPECT_EXTENSION_REQUEST));
    }

    /** Whether this thread is writing {@code document}'s pending request through this store right now. */
    static boolean isWriting(NodeRef document) {
        return WRITING.isMarked(document);
    }

    // As the system user, as bookkeeping (no new modifier or version), with the document marked for the duration of the one call (its behaviours run inside it).
    private void write(NodeRef document, Runnable change) {
        WRITING.run(document, () -> AuthenticationUtil.runAsSystem(() -> {
            Bookkeeping.write(behaviourFilter, document, change);
            return null;
        }));
    }

    private static String text(Serializable value) {
        return value == null ? null : value.toString();
    }
}
