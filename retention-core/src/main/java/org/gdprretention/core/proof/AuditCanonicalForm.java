package org.gdprretention.core.proof;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

/**
 * The byte form an audit entry's hash is taken over. Version 1, as UTF-8:
 *
 * <pre>
 *   field("gdpr-retention-audit/1") field(sequence) field(time) field(actor) field(action) field(subject)
 *   field(number of details) { field(key) field(value) } in ascending key order   field(previousHash)
 *
 *   field(x) = decimal length of x in UTF-8 bytes, ':', the bytes of x, ','
 * </pre>
 *
 * Numbers are plain decimal, the time is {@link Instant#toString()} (ISO-8601, UTC). Because every field carries
 * its own length, no choice of characters inside a field (commas, colons, newlines) can make two different
 * entries serialize alike.
 */
final class AuditCanonicalForm {

    static final String VERSION = "gdpr-retention-audit/1";

    private AuditCanonicalForm() {
    }

    static byte[] serialize(long sequence, Instant time, String actor, String action, String subject,
                            SortedMap<String, String> details, String previousHash) {
        StringBuilder out = new StringBuilder(256);
        field(out, VERSION);
        field(out, Long.toString(sequence));
        field(out, time.toString());
        field(out, actor);
        field(out, action);
        field(out, subject);
        field(out, Integer.toString(details.size()));
        for (Map.Entry<String, String> detail : details.entrySet()) {
            field(out, detail.getKey());
            field(out, detail.getValue());
        }
        field(out, previousHash);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    private static void field(StringBuilder out, String value) {
        out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append(',');
    }
}
