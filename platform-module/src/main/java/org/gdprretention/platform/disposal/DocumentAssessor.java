package org.gdprretention.platform.disposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.disposal.DisposalCandidate;
import org.gdprretention.core.expiry.RetentionFacts;
import org.gdprretention.core.expiry.RetentionState;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.platform.extension.ExtensionPurgeHold;

/**
 * Turns a document snapshot into the engine's disposal candidate. The status is evaluated now, from the catalogue
 * as it is now, rather than taken from the stored {@code gdpr:status}: a stored status may lag behind a changed
 * retention period until the recomputation has run, and a purge must never act on a lagging "expired".
 */
class DocumentAssessor {

    private final RetentionStatusEvaluator statusEvaluator;
    private final ExtensionPurgeHold extensionHold;

    DocumentAssessor(RetentionStatusEvaluator statusEvaluator, ExtensionPurgeHold extensionHold) {
        this.statusEvaluator = statusEvaluator;
        this.extensionHold = extensionHold;
    }

    /** @param forceReason the administrator's reason to purge before expiry, or {@code null} for no force */
    DocumentAssessment assess(DocumentSnapshot snapshot, RetentionCatalogue catalogue, Instant now,
                              String forceReason) {
        if (!snapshot.exists()) {
            // The engine reports a purged document as such; nothing is left to read.
            return DocumentAssessment.candidate(snapshot, DisposalCandidate.of(snapshot.documentId(),
                    RetentionStatus.PURGED, false, List.of()), null, null);
        }
        if (!snapshot.content()) {
            return DocumentAssessment.refused(snapshot, "NOT_A_DOCUMENT: only documents (cm:content and its subtypes)"
                    + " are purged, this node is a '" + snapshot.type().getLocalName() + "'; a hard delete would take"
                    + " everything below it along, documents on legal hold included");
        }
        if (snapshot.originalOfWorkingCopy() != null) {
            return DocumentAssessment.refused(snapshot, "WORKING_COPY: this is the working copy of "
                    + snapshot.originalOfWorkingCopy() + "; it is purged together with that document, or removed by"
                    + " cancelling the check-out");
        }
        if (!snapshot.retainable() || snapshot.retentionTypeCode() == null) {
            return DocumentAssessment.refused(snapshot,
                    "NO_RETENTION: the document has no retention type, so there is nothing to prove its disposal by");
        }
        Optional<RetentionType> type = catalogue.find(snapshot.retentionTypeCode());
        if (type.isEmpty()) {
            return DocumentAssessment.refused(snapshot, "UNKNOWN_RETENTION_TYPE: retention type '"
                    + snapshot.retentionTypeCode() + "' is not in the catalogue");
        }
        List<RetentionPeriod> extensions;
        try {
            extensions = grantedExtensions(snapshot);
        } catch (InvalidRetentionInputException e) {
            return DocumentAssessment.refused(snapshot, "UNREADABLE_RETENTION: " + e.getMessage());
        }
        RetentionFacts facts = new RetentionFacts(snapshot.documentId(), type.get(), snapshot.startDate(), extensions,
                snapshot.onHold(), false);
        RetentionState state = statusEvaluator.evaluate(facts, now);
        DisposalCandidate candidate = forceReason == null
                ? DisposalCandidate.of(snapshot.documentId(), state.status(), snapshot.onHold(), snapshot.contentUrls())
                : DisposalCandidate.forced(snapshot.documentId(), state.status(), snapshot.onHold(),
                        snapshot.contentUrls(), forceReason);
        // A request filed before expiry and still undecided within its window holds the purge, forced or not.
        candidate = candidate.withExtensionDecisionPending(extensionHold.holdsPurge(snapshot.nodeRef(), facts, now));
        return DocumentAssessment.candidate(snapshot, candidate, type.get(), state);
    }

    private static List<RetentionPeriod> grantedExtensions(DocumentSnapshot snapshot) {
        List<RetentionPeriod> periods = new ArrayList<>();
        for (String period : snapshot.grantedExtensions()) {
            periods.add(RetentionPeriod.parse("grantedExtensions", period));
        }
        return periods;
    }
}
