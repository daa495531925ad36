package org.gdprretention.core.proof;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.RetentionCategory;

/**
 * What remains of a purged document: enough to prove what was deleted, when, by whom and why, without keeping
 * new personal data. A document's name and path can themselves identify a person, so they are kept only when
 * the administrator configured it (see {@link #of}).
 *
 * @param template    the node reference (or type code) of the document template it was made from, when there
 *                    was one (retention may also be set on the document directly); never the template's name,
 *                    which any client can set and which is not covered by {@code keepNames}
 * @param forced      true when it was purged before its expiry on an officer's decision
 */
public record DisposalRecord(DocumentId documentId, Optional<String> name, Optional<String> path,
                             Optional<String> template, String retentionTypeCode, RetentionCategory category,
                             LocalDate startDate, LocalDate expiryDate, Instant purgedAt, String purgedBy,
                             String reason, boolean forced, List<RemovedBinary> binariesRemoved,
                             List<RetainedBinary> binariesKept) {

    public DisposalRecord {
        required("documentId", documentId);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(template, "template");
        requiredText("retentionTypeCode", retentionTypeCode);
        required("category", category);
        required("startDate", startDate);
        required("expiryDate", expiryDate);
        if (expiryDate.isBefore(startDate)) {
            throw new InvalidRetentionInputException("expiryDate", expiryDate, "must not be before startDate "
                    + startDate);
        }
        required("purgedAt", purgedAt);
        requiredText("purgedBy", purgedBy);
        requiredText("reason", reason);
        required("binariesRemoved", binariesRemoved);
        required("binariesKept", binariesKept);
        binariesRemoved = List.copyOf(binariesRemoved);
        binariesKept = List.copyOf(binariesKept);
    }

    /**
     * Builds a record, dropping name and path unless {@code keepNames} is true
     * ({@code gdpr-retention.disposal.keepNames}). Blank name, path or template count as absent.
     */
    public static DisposalRecord of(DocumentId documentId, String name, String path, String template,
                                    String retentionTypeCode, RetentionCategory category, LocalDate startDate,
                                    LocalDate expiryDate, Instant purgedAt, String purgedBy, String reason,
                                    boolean forced, List<RemovedBinary> binariesRemoved,
                                    List<RetainedBinary> binariesKept, boolean keepNames) {
        return new DisposalRecord(documentId, keepNames ? text(name) : Optional.empty(),
                keepNames ? text(path) : Optional.empty(), text(template), retentionTypeCode, category, startDate,
                expiryDate, purgedAt, purgedBy, reason, forced, binariesRemoved, binariesKept);
    }

    /** Total size of the binaries the purge removed. */
    public long bytesRemoved() {
        return binariesRemoved.stream().mapToLong(RemovedBinary::sizeBytes).sum();
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidRetentionInputException(field, null, "is required in a disposal record");
        }
    }

    private static void requiredText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRetentionInputException(field, value, "is required in a disposal record");
        }
    }
}
