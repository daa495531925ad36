package org.gdprretention.core.sweep;

import java.time.Instant;

import org.gdprretention.core.InvalidRetentionInputException;

/** A file found in the content store, named by its content URL (e.g. {@code store://2024/5/1/12/30/uuid.bin}). */
public record StoredBinary(String contentUrl, long sizeBytes, Instant lastModified) {

    public StoredBinary {
        if (contentUrl == null || contentUrl.isBlank()) {
            throw new InvalidRetentionInputException("contentUrl", contentUrl, "must not be blank");
        }
        if (sizeBytes < 0) {
            throw new InvalidRetentionInputException("sizeBytes", sizeBytes, "must not be negative (" + contentUrl + ")");
        }
        if (lastModified == null) {
            throw new InvalidRetentionInputException("lastModified", null, "is required (" + contentUrl + ")");
        }
    }
}
