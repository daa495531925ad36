package org.gdprretention.core.overview;

import java.time.LocalDate;

import org.gdprretention.core.ConsentState;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.RetentionStatus;

/**
 * One document in the retention overview.
 *
 * @param site       the Share site it lives in; {@code null} outside sites (e.g. a user's home folder)
 * @param template   the template it was made from; {@code null} when retention was set on the document itself
 * @param expiryDate {@code null} while the expiry is unknown (status PENDING_START)
 */
public record OverviewRow(DocumentId documentId, String name, String site, String template, String retentionTypeCode,
                          RetentionCategory category, LocalDate expiryDate, RetentionStatus status,
                          ConsentState consentState) {

    public OverviewRow {
        required("documentId", documentId);
        if (name == null || name.isBlank()) {
            throw new InvalidRetentionInputException("name", name, "is required (document " + documentId + ")");
        }
        if (retentionTypeCode == null || retentionTypeCode.isBlank()) {
            throw new InvalidRetentionInputException("retentionTypeCode", retentionTypeCode,
                    "is required (document " + documentId + ")");
        }
        required("category", category);
        required("status", status);
        required("consentState", consentState);
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidRetentionInputException(field, null, "is required in an overview row");
        }
    }
}
