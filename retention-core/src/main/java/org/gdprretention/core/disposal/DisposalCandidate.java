package org.gdprretention.core.disposal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.RetentionStatus;

/**
 * A document the caller would like purged, described with plain values the caller has already worked out.
 *
 * @param documentId  the document
 * @param status      its retention status, evaluated by the caller for "now"
 * @param onHold      whether a legal hold is on it (a hold may also show as status {@code ON_HOLD})
 * @param binaries    content URLs of the node, its versions and its renditions; duplicates are dropped
 *                    because the live node and its latest version usually share one URL
 * @param forced      whether an officer asked to purge it before its expiry
 * @param forceReason why it is forced; blank is stored as {@code null}
 * @param extensionDecisionPending whether an extension request filed before expiry is still waiting for a
 *                    decision inside its window ({@code ExtensionLifecycle.holdsPurge}); such a document is not
 *                    purged, not even forced, until an officer decides or the request lapses
 */
public record DisposalCandidate(DocumentId documentId, RetentionStatus status, boolean onHold, List<String> binaries,
                                boolean forced, String forceReason, boolean extensionDecisionPending) {

    public DisposalCandidate {
        if (documentId == null) {
            throw new InvalidRetentionInputException("documentId", null, "is required");
        }
        if (status == null) {
            throw new InvalidRetentionInputException("status", null, "is required for document " + documentId);
        }
        if (binaries == null) {
            throw new InvalidRetentionInputException("binaries", null, "is required for document " + documentId
                    + " (pass an empty list when it has no content)");
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String url : binaries) {
            if (url == null || url.isBlank()) {
                throw new InvalidRetentionInputException("contentUrl", url, "must not be blank (document "
                        + documentId + ")");
            }
            distinct.add(url);
        }
        binaries = List.copyOf(new ArrayList<>(distinct));
        forceReason = forceReason == null || forceReason.isBlank() ? null : forceReason.strip();
    }

    /** A candidate without a pending extension decision. */
    public DisposalCandidate(DocumentId documentId, RetentionStatus status, boolean onHold, List<String> binaries,
                             boolean forced, String forceReason) {
        this(documentId, status, onHold, binaries, forced, forceReason, false);
    }

    /** A candidate nobody forced: it is purged only if its retention has expired. */
    public static DisposalCandidate of(DocumentId documentId, RetentionStatus status, boolean onHold,
                                       List<String> binaries) {
        return new DisposalCandidate(documentId, status, onHold, binaries, false, null);
    }

    /** A candidate an officer wants purged now, with the reason for not waiting for its expiry. */
    public static DisposalCandidate forced(DocumentId documentId, RetentionStatus status, boolean onHold,
                                           List<String> binaries, String forceReason) {
        return new DisposalCandidate(documentId, status, onHold, binaries, true, forceReason);
    }

    /** The same candidate, with or without an extension request that holds its purge. */
    public DisposalCandidate withExtensionDecisionPending(boolean pending) {
        return new DisposalCandidate(documentId, status, onHold, binaries, forced, forceReason, pending);
    }

    boolean underHold() {
        return onHold || status == RetentionStatus.ON_HOLD;
    }
}
