package org.gdprretention.core.consent;

import java.time.LocalDate;
import java.util.Locale;
import org.gdprretention.core.ConsentState;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.RetentionType;

/**
 * A document the consent job may ask its data subject about, as the repository knows it.
 *
 * @param subjectId           who the document is about (e.g. the dossier's person); {@code null} when unknown
 * @param subjectLanguage     the language the subject is written to in, as a BCP 47 tag ({@code nl}, {@code en-GB});
 *                            kept as its lower-case primary language ({@code en}), {@code null} when not set or not
 *                            a well-formed tag (then the mail goes out in the default language)
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
        String subjectLanguage,
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
        subjectLanguage = primaryLanguage(subjectLanguage);
    }

    /** A candidate whose subject's language is not known. */
    public ConsentCandidate(DocumentId documentId, String subjectId, String subjectEmail, String subjectName,
            RetentionType type, LocalDate expiryDate, int grantedExtensionCount, ConsentState consentState,
            LocalDate consentRequestedFor, boolean onHold, boolean purged) {
        this(documentId, subjectId, subjectEmail, subjectName, null, type, expiryDate, grantedExtensionCount,
                consentState, consentRequestedFor, onHold, purged);
    }

    /** This candidate as it stands once a consent request has been sent for its current expiry date. */
    public ConsentCandidate asRequested() {
        return new ConsentCandidate(documentId, subjectId, subjectEmail, subjectName, subjectLanguage, type, expiryDate,
                grantedExtensionCount, ConsentState.REQUESTED, expiryDate, onHold, purged);
    }

    // "en-GB", "EN", "en_GB" are all English; "x" or "123" name no language.
    private static String primaryLanguage(String tag) {
        String text = blankToNull(tag);
        if (text == null) {
            return null;
        }
        String language = Locale.forLanguageTag(text.replace('_', '-')).getLanguage();
        return language.isEmpty() || language.length() > 3 ? null : language.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
