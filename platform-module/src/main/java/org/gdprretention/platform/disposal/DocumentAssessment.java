package org.gdprretention.platform.disposal;

import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.disposal.DisposalCandidate;
import org.gdprretention.core.expiry.RetentionState;

/**
 * A document as the engine sees it: either a disposal candidate (with the type and state the disposal record
 * needs), or a refusal for a document the engine cannot even judge (no retention, unknown type).
 */
record DocumentAssessment(DocumentSnapshot snapshot, DisposalCandidate candidate, RetentionType type,
                          RetentionState state, String refusal) {

    static DocumentAssessment candidate(DocumentSnapshot snapshot, DisposalCandidate candidate, RetentionType type,
                                        RetentionState state) {
        return new DocumentAssessment(snapshot, candidate, type, state, null);
    }

    static DocumentAssessment refused(DocumentSnapshot snapshot, String refusal) {
        return new DocumentAssessment(snapshot, null, null, null, refusal);
    }

    boolean judged() {
        return refusal == null;
    }
}
