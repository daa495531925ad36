package org.gdprretention.platform.disposal;

import java.util.List;
import java.util.Objects;

import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.proof.RemovedBinary;
import org.gdprretention.core.proof.RetainedBinary;

/**
 * The result for one document.
 *
 * @param reason          why it was refused or failed, or what was done; never blank
 * @param disposalRecord  the {@code gdpr:disposalRecord} node of a purged document, otherwise {@code null}
 * @param binariesRemoved binaries removed from the content store (for a dry run: those it would remove unless the
 *                        repository finds another reference to them when the purge is done for real)
 * @param binariesKept    binaries left in the content store, each with the reason
 */
public record PurgeOutcome(NodeRef nodeRef, PurgeResult result, String reason, NodeRef disposalRecord,
                           List<RemovedBinary> binariesRemoved, List<RetainedBinary> binariesKept) {

    public PurgeOutcome {
        Objects.requireNonNull(nodeRef, "nodeRef");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
        binariesRemoved = List.copyOf(binariesRemoved);
        binariesKept = List.copyOf(binariesKept);
    }

    static PurgeOutcome refused(NodeRef nodeRef, String reason) {
        return new PurgeOutcome(nodeRef, PurgeResult.REFUSED, reason, null, List.of(), List.of());
    }

    static PurgeOutcome scheduled(NodeRef nodeRef, String reason) {
        return new PurgeOutcome(nodeRef, PurgeResult.SCHEDULED, reason, null, List.of(), List.of());
    }

    static PurgeOutcome failed(NodeRef nodeRef, String reason) {
        return new PurgeOutcome(nodeRef, PurgeResult.FAILED, reason, null, List.of(), List.of());
    }

    public long bytesRemoved() {
        return binariesRemoved.stream().mapToLong(RemovedBinary::sizeBytes).sum();
    }
}
