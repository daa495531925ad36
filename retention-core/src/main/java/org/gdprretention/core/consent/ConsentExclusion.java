package org.gdprretention.core.consent;

import java.util.Objects;
import org.gdprretention.core.DocumentId;

/**
 * A document left out of this run's consent requests, and why.
 *
 * @param subjectId the data subject, or {@code null} when unknown
 */
public record ConsentExclusion(DocumentId documentId, String subjectId, ExclusionReason reason) {

    public ConsentExclusion {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(reason, "reason");
    }
}
