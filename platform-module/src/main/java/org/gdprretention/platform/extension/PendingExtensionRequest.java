package org.gdprretention.platform.extension;

import java.time.LocalDate;
import java.util.Objects;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.extension.ExtensionRequest;

/**
 * An extension request waiting for a decision, as stored on its document ({@code gdpr:extensionRequest}).
 *
 * @param document   the document the request is about
 * @param request    the engine's request (always pending)
 * @param workflowId     the ACS workflow instance of its review task ({@code activiti$...}); null when unknown
 * @param currentExpiry  the document's expiry date now; null when unknown (retention not started, or not read)
 * @param proposedExpiry its expiry date once the request is approved; null when unknown
 */
public record PendingExtensionRequest(NodeRef document, ExtensionRequest request, String workflowId,
        LocalDate currentExpiry, LocalDate proposedExpiry) {

    public PendingExtensionRequest {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(request, "request");
    }

    /** The request as stored, without the expiry dates. */
    public PendingExtensionRequest(NodeRef document, ExtensionRequest request, String workflowId) {
        this(document, request, workflowId, null, null);
    }

    /** The same request with the document's current and proposed expiry dates. */
    public PendingExtensionRequest withExpiries(LocalDate current, LocalDate proposed) {
        return new PendingExtensionRequest(document, request, workflowId, current, proposed);
    }

    public String id() {
        return request.id();
    }
}
