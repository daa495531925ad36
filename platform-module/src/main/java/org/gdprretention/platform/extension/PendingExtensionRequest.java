package org.gdprretention.platform.extension;

import java.util.Objects;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.extension.ExtensionRequest;

/**
 * An extension request waiting for a decision, as stored on its document ({@code gdpr:extensionRequest}).
 *
 * @param document   the document the request is about
 * @param request    the engine's request (always pending)
 * @param workflowId the ACS workflow instance of its review task ({@code activiti$...}); null when unknown
 */
public record PendingExtensionRequest(NodeRef document, ExtensionRequest request, String workflowId) {

    public PendingExtensionRequest {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(request, "request");
    }

    public String id() {
        return request.id();
    }
}
