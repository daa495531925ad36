package org.gdprretention.platform.disposal;

import java.util.List;
import java.util.Optional;

import org.alfresco.service.cmr.repository.NodeRef;

/** One outcome per distinct document of a purge call, in the order the documents were given, plus totals. */
public record PurgeReport(boolean dryRun, List<PurgeOutcome> outcomes) {

    public PurgeReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(PurgeResult result) {
        return outcomes.stream().filter(outcome -> outcome.result() == result).count();
    }

    public long bytesRemoved() {
        return outcomes.stream().mapToLong(PurgeOutcome::bytesRemoved).sum();
    }

    public long binariesRemoved() {
        return outcomes.stream().mapToLong(outcome -> outcome.binariesRemoved().size()).sum();
    }

    public Optional<PurgeOutcome> outcomeFor(NodeRef nodeRef) {
        return outcomes.stream().filter(outcome -> outcome.nodeRef().equals(nodeRef)).findFirst();
    }

    /**
     * One line for logs and the action's result, e.g. "purged 3, refused 1, failed 0; 2 binaries (5120 bytes)
     * removed"; documents scheduled for after the caller's transaction are counted only when there are any.
     */
    public String summary() {
        String done = dryRun ? "would purge " + count(PurgeResult.WOULD_PURGE) : "purged " + count(PurgeResult.PURGED);
        String binaries = dryRun ? " binaries (%d bytes) would be removed" : " binaries (%d bytes) removed";
        long scheduled = count(PurgeResult.SCHEDULED);
        return done + (scheduled > 0 ? ", scheduled " + scheduled : "") + ", refused " + count(PurgeResult.REFUSED) + ", failed " + count(PurgeResult.FAILED) + "; "
                + binariesRemoved() + String.format(binaries, bytesRemoved());
    }
}
