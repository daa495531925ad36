package org.gdprretention.platform.disposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.proof.RetainedBinary;

/**
 * A document purge as its transaction leaves it: the disposal record written, the node gone, and the binary
 * clean-up still to run after commit. The clean-up fills in its result here; a purge call then reports it.
 */
final class CommittedPurge {

    static final String AWAITING_CLEANUP = "awaiting removal after the purge commits, if nothing else references it";

    private final NodeRef document;
    private final NodeRef record;
    private final String reason;
    private final List<DocumentBinary> binaries;
    private final Map<String, String> hashes;
    private StoreCleanupResult cleanup;
    private String cleanupFailure;

    CommittedPurge(NodeRef document, NodeRef record, String reason, List<DocumentBinary> binaries,
                   Map<String, String> hashes) {
        this.document = document;
        this.record = record;
        this.reason = reason;
        this.binaries = List.copyOf(binaries);
        this.hashes = Map.copyOf(hashes);
    }

    NodeRef document() {
        return document;
    }

    NodeRef record() {
        return record;
    }

    List<DocumentBinary> binaries() {
        return binaries;
    }

    Map<String, String> hashes() {
        return hashes;
    }

    void cleanedUp(StoreCleanupResult result) {
        this.cleanup = result;
    }

    void cleanupFailed(String why) {
        this.cleanupFailure = why;
    }

    /** Before the clean-up has run, every binary is listed as awaiting it. */
    static List<RetainedBinary> awaitingCleanup(List<DocumentBinary> binaries) {
        List<RetainedBinary> pending = new ArrayList<>(binaries.size());
        binaries.forEach(binary -> pending.add(new RetainedBinary(binary.contentUrl(), AWAITING_CLEANUP)));
        return pending;
    }

    PurgeOutcome outcome() {
        if (cleanup != null) {
            return new PurgeOutcome(document, PurgeResult.PURGED, reason, record, cleanup.removed(), cleanup.kept());
        }
        String why = cleanupFailure == null
                ? "; the content store clean-up has not run yet"
                : "; removing its binaries failed (" + cleanupFailure + "): those the repository marked orphaned"
                        + " are left to the orphaned-content sweep";
        return new PurgeOutcome(document, PurgeResult.PURGED, reason + why, record, List.of(),
                awaitingCleanup(binaries));
    }
}
