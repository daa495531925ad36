package org.gdprretention.core.extension;

import java.time.Instant;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;

/**
 * A request to keep a document longer than its retention period, and its decision once taken. Validated on
 * construction, so a request read back from the repository is as trustworthy as a new one.
 */
public record ExtensionRequest(
        String id,
        DocumentId documentId,
        String requestedBy,
        String reason,
        Instant requestedAt,
        ExtensionState state,
        String decidedBy,
        Instant decidedAt,
        String decisionNote) {

    public ExtensionRequest {
        id = Texts.required("id", id);
        InvalidRetentionInputException.requirePresent("documentId", documentId);
        requestedBy = Texts.required("requestedBy", requestedBy);
        reason = Texts.required("reason", reason);
        InvalidRetentionInputException.requirePresent("requestedAt", requestedAt);
        InvalidRetentionInputException.requirePresent("state", state);
        decisionNote = Texts.optional("note", decisionNote);
        if (state == ExtensionState.REQUESTED) {
            if (decidedBy != null || decidedAt != null || decisionNote != null) {
                throw new InvalidRetentionInputException("state", state, "a pending request has no decision");
            }
        } else {
            decidedBy = Texts.required("decidedBy", decidedBy);
            if (decidedAt == null) {
                throw new InvalidRetentionInputException("decidedAt", null, "is required once a request is decided");
            }
            if (decidedAt.isBefore(requestedAt)) {
                throw new InvalidRetentionInputException("decidedAt", decidedAt,
                        "must not be before the request was made (" + requestedAt + ")");
            }
        }
    }

    /** A new, undecided request. */
    public static ExtensionRequest pending(String id, DocumentId documentId, String requestedBy, String reason,
            Instant requestedAt) {
        return new ExtensionRequest(id, documentId, requestedBy, reason, requestedAt, ExtensionState.REQUESTED,
                null, null, null);
    }

    public boolean isPending() {
        return state == ExtensionState.REQUESTED;
    }

    ExtensionRequest decided(ExtensionState decision, String by, Instant at, String note) {
        return new ExtensionRequest(id, documentId, requestedBy, reason, requestedAt, decision, by, at, note);
    }
}
