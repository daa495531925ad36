package org.gdprretention.core.proof;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gdprretention.core.InvalidRetentionInputException;

/**
 * A binary a purge removed from the content store.
 *
 * @param sha256 lower-case hex HMAC-SHA256 of the content, keyed with the repository's secret (a bare SHA-256 would
 *               let anyone holding a copy confirm it); present only when hashing before removal is enabled
 */
public record RemovedBinary(String contentUrl, long sizeBytes, Optional<String> sha256) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public RemovedBinary {
        if (contentUrl == null || contentUrl.isBlank()) {
            throw new InvalidRetentionInputException("contentUrl", contentUrl, "must not be blank");
        }
        if (sizeBytes < 0) {
            throw new InvalidRetentionInputException("sizeBytes", sizeBytes, "must not be negative (" + contentUrl + ")");
        }
        Objects.requireNonNull(sha256, "sha256");
        sha256 = sha256.map(hex -> hex.toLowerCase(Locale.ROOT));
        if (sha256.isPresent() && !SHA256_HEX.matcher(sha256.get()).matches()) {
            throw new InvalidRetentionInputException("sha256", sha256.get(), "must be 64 hexadecimal digits");
        }
    }

    public static RemovedBinary of(String contentUrl, long sizeBytes) {
        return new RemovedBinary(contentUrl, sizeBytes, Optional.empty());
    }

    public static RemovedBinary hashed(String contentUrl, long sizeBytes, String sha256Hex) {
        return new RemovedBinary(contentUrl, sizeBytes, Optional.ofNullable(sha256Hex));
    }
}
