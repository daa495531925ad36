package org.gdprretention.core.consent;

import java.time.LocalDate;
import org.gdprretention.core.ConsentState;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.RetentionType;

/**
 * A document the consent job may ask its data subject about, as the repository knows it.
 *
 * @param subjectId           who the document is about (e.g. the dossier's person); {@code null} when unknown
 * @param expiryDate          the current expiry date; {@code null} while the retention has not started
 * @param consentState        the consent conversation for the cycle of {@code consentRequestedFor}
 * @param consentRequestedFor the expiry date the last consent request was sent for; a request is sent once per
 *                            expiry date, so a new expiry (after an extension or a type change) is a new cycle
 */
public record ConsentCandidate(
        DocumentId documentId,
        String subjectId,
        String subjectEmail,
        String subjectName,
        RetentionType type,
        LocalDate expiryDate,
        int grantedExtensionCount,
        ConsentState consentState,
        LocalDate consentRequestedFor,
        boolean onHold,
        boolean purged) {

    public ConsentCandidate {
        InvalidRetentionInputException.requirePresent("documentId", documentId);
        InvalidRetentionInputException.requirePresent("type", type);
        if (grantedExtensionCount < 0) {
            throw new InvalidRetentionInputException("grantedExtensionCount", grantedExtensionCount,
                    "must not be negative");
        }
        consentState = consentState == null ? ConsentState.NONE : consentState;
        subjectId = blankToNull(subjectId);
        subjectEmail = blankToNull(subjectEmail);
        subjectName = blankToNull(subjectName);
    }

    /** This candidate as it stands once a consent request has been sent for its current expiry date. */
    public ConsentCandidate asRequested() {
        return new ConsentCandidate(documentId, subjectId, subjectEmail, subjectName, type, expiryDate,
                grantedExtensionCount, ConsentState.REQUESTED, expiryDate, onHold, purged);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
