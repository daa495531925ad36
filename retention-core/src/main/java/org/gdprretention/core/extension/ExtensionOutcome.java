package org.gdprretention.core.extension;

import java.time.LocalDate;
import java.util.List;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.expiry.RetentionFacts;

/**
 * The result of one extension step: what to store back on the document, and the contact moment to record.
 *
 * @param request    the request as it now stands; {@code null} for consent answers when no request was pending
 * @param facts      the document's retention facts after the step (with any newly granted extension)
 * @param expiryDate the expiry date after the step; {@code null} while the start is unknown
 */
public record ExtensionOutcome(ExtensionRequest request, RetentionFacts facts, LocalDate expiryDate,
        ContactMoment contactMoment) {

    public ExtensionOutcome {
        InvalidRetentionInputException.requirePresent("facts", facts);
        InvalidRetentionInputException.requirePresent("contactMoment", contactMoment);
    }

    public List<RetentionPeriod> grantedExtensions() {
        return facts.grantedExtensions();
    }
}
