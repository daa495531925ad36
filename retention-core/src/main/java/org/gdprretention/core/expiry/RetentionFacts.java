package org.gdprretention.core.expiry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.catalogue.RetentionType;

/**
 * What the repository knows about one document's retention, as plain values.
 *
 * @param startDate          the local date retention started; {@code null} while unknown (e.g. employment has
 *                           not ended), in which case the document never expires
 * @param grantedExtensions  the extension periods actually granted, oldest first
 */
public record RetentionFacts(
        DocumentId documentId,
        RetentionType type,
        LocalDate startDate,
        List<RetentionPeriod> grantedExtensions,
        boolean onHold,
        boolean purged) {

    public RetentionFacts {
        InvalidRetentionInputException.requirePresent("documentId", documentId);
        InvalidRetentionInputException.requirePresent("type", type);
        grantedExtensions = grantedExtensions == null ? List.of() : List.copyOf(grantedExtensions);
    }

    /** Facts of a live document without extensions or hold. */
    public static RetentionFacts of(DocumentId documentId, RetentionType type, LocalDate startDate) {
        return new RetentionFacts(documentId, type, startDate, List.of(), false, false);
    }

    public boolean startKnown() {
        return startDate != null;
    }

    /** The same document bound to another type; granted extensions stay granted. */
    public RetentionFacts withType(RetentionType newType) {
        return new RetentionFacts(documentId, newType, startDate, grantedExtensions, onHold, purged);
    }

    public RetentionFacts withStartDate(LocalDate newStartDate) {
        return new RetentionFacts(documentId, type, newStartDate, grantedExtensions, onHold, purged);
    }

    public RetentionFacts withOnHold(boolean hold) {
        return new RetentionFacts(documentId, type, startDate, grantedExtensions, hold, purged);
    }

    public RetentionFacts withPurged(boolean isPurged) {
        return new RetentionFacts(documentId, type, startDate, grantedExtensions, onHold, isPurged);
    }

    /** These facts with one more granted extension appended. */
    public RetentionFacts withGrantedExtension(RetentionPeriod extension) {
        List<RetentionPeriod> granted = new ArrayList<>(grantedExtensions);
        granted.add(Objects.requireNonNull(extension, "extension"));
        return new RetentionFacts(documentId, type, startDate, granted, onHold, purged);
    }
}
