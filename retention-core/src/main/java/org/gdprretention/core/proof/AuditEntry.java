package org.gdprretention.core.proof;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.gdprretention.core.InvalidRetentionInputException;

/**
 * One line of the hash-chained audit log. Entries read back from storage are built with the canonical
 * constructor and checked with {@link AuditLog#verify}; the constructor checks presence only, so that an
 * altered entry can still be built and reported as altered.
 *
 * @param sequence     1 for the first entry, then one more per entry
 * @param details      extra facts, kept sorted by key so the hash does not depend on map order
 * @param previousHash the hash of the entry before it, or {@link AuditLog#GENESIS_HASH} for the first
 * @param hash         SHA-256 (lower-case hex) of {@link AuditCanonicalForm every other field}
 */
public record AuditEntry(long sequence, Instant time, String actor, String action, String subject,
                         SortedMap<String, String> details, String previousHash, String hash) {

    public AuditEntry {
        required("time", time);
        required("actor", actor);
        required("action", action);
        required("subject", subject);
        details = sortedCopy(details);
        required("previousHash", previousHash);
        required("hash", hash);
    }

    /** The hash this entry's content should have; differs from {@link #hash()} when the entry was altered. */
    public String computeHash() {
        return hashOf(sequence, time, actor, action, subject, details, previousHash);
    }

    static String hashOf(long sequence, Instant time, String actor, String action, String subject,
                         SortedMap<String, String> details, String previousHash) {
        return AuditCanonicalForm.sha256Hex(
                AuditCanonicalForm.serialize(sequence, time, actor, action, subject, details, previousHash));
    }

    static SortedMap<String, String> sortedCopy(Map<String, String> details) {
        if (details == null) {
            return Collections.emptySortedMap();
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        details.forEach((key, value) -> {
            if (key == null || value == null) {
                throw new InvalidRetentionInputException("details", key + "=" + value,
                        "audit details may not have a missing key or value");
            }
            sorted.put(key, value);
        });
        return Collections.unmodifiableSortedMap(sorted);
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidRetentionInputException(field, null, "is required in an audit entry");
        }
    }

}
