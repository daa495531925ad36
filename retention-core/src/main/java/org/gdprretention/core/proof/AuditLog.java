package org.gdprretention.core.proof;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

import org.gdprretention.core.InvalidRetentionInputException;

/**
 * An append-only, hash-chained log: each entry's hash covers the hash of the entry before it, so removing,
 * reordering or altering an entry is detectable by {@link #verify}. The log object holds only its head; storing
 * the entries it returns is the caller's job (in the repository, in the same transaction as the audited change).
 *
 * <p>Times are cut to whole milliseconds when an entry is made, because the repository stores dates with
 * millisecond precision and an entry read back must hash exactly as it did when written.
 */
public final class AuditLog {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    private final Clock clock;
    private long lastSequence;
    private String lastHash;

    private AuditLog(Clock clock, long lastSequence, String lastHash) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lastSequence = lastSequence;
        this.lastHash = lastHash;
    }

    /** A log without entries yet. */
    public static AuditLog empty(Clock clock) {
        return new AuditLog(clock, 0, GENESIS_HASH);
    }

    /** Continues a stored log after its last entry (e.g. after a restart); refuses a head that was altered. */
    public static AuditLog continuingAfter(AuditEntry last, Clock clock) {
        Objects.requireNonNull(last, "last");
        if (!last.hash().equals(last.computeHash())) {
            throw new InvalidRetentionInputException("hash", last.hash(),
                    "does not match the content of audit entry " + last.sequence() + "; the stored log was altered");
        }
        return new AuditLog(clock, last.sequence(), last.hash());
    }

    /** Adds an entry after the current head and returns it (for the caller to store). */
    public synchronized AuditEntry append(String actor, String action, String subject, Map<String, String> details) {
        requiredText("actor", actor);
        requiredText("action", action);
        if (subject == null) {
            throw new InvalidRetentionInputException("subject", null, "is required in an audit entry");
        }
        SortedMap<String, String> sorted = AuditEntry.sortedCopy(details);
        Instant time = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long sequence = lastSequence + 1;
        String hash = AuditEntry.hashOf(sequence, time, actor, action, subject, sorted, lastHash);
        AuditEntry entry = new AuditEntry(sequence, time, actor, action, subject, sorted, lastHash, hash);
        lastSequence = sequence;
        lastHash = hash;
        return entry;
    }

    /** The current head, to keep as a checkpoint for {@link #verify(List, AuditHead)}. */
    public synchronized AuditHead head() {
        return new AuditHead(lastSequence, lastHash);
    }

    /**
     * Checks a whole log read back from storage, first entry first. Finds removed, reordered and altered entries
     * anywhere but at the end; for the end, use a remembered head.
     */
    public static AuditVerification verify(List<AuditEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        String expectedPrevious = GENESIS_HASH;
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            long expectedSequence = i + 1L;
            if (!entry.hash().equals(entry.computeHash())) {
                return AuditVerification.broken(i, AuditProblem.ALTERED, "entry " + entry.sequence()
                        + " does not match its hash: its content was changed after it was written");
            }
            if (entry.sequence() != expectedSequence) {
                return misplaced(entries, i, expectedSequence);
            }
            if (!entry.previousHash().equals(expectedPrevious)) {
                return AuditVerification.broken(i, AuditProblem.BROKEN_CHAIN, "entry " + entry.sequence()
                        + " does not follow from the entry before it: an entry was replaced");
            }
            expectedPrevious = entry.hash();
        }
        return AuditVerification.intact();
    }

    /**
     * As {@link #verify(List)}, and the log must contain the remembered head (it may have grown since).
     * Entries cut off the end, or a last entry replaced by a re-hashed one, are found this way.
     */
    public static AuditVerification verify(List<AuditEntry> entries, AuditHead expectedHead) {
        Objects.requireNonNull(expectedHead, "expectedHead");
        AuditVerification chain = verify(entries);
        if (!chain.valid() || expectedHead.sequence() == 0) {
            return chain;
        }
        if (entries.size() < expectedHead.sequence()) {
            return AuditVerification.broken(entries.size(), AuditProblem.REMOVED, "the log ends at entry "
                    + entries.size() + " but entry " + expectedHead.sequence() + " was written");
        }
        int index = (int) (expectedHead.sequence() - 1);
        if (!entries.get(index).hash().equals(expectedHead.hash())) {
            return AuditVerification.broken(index, AuditProblem.ALTERED, "entry " + expectedHead.sequence()
                    + " is not the one that was written: the log was rewritten from there or earlier");
        }
        return AuditVerification.intact();
    }

    /** As {@link #verify(List, AuditHead)} when only the head's hash was remembered. */
    public static AuditVerification verify(List<AuditEntry> entries, String expectedHeadHash) {
        Objects.requireNonNull(expectedHeadHash, "expectedHeadHash");
        AuditVerification chain = verify(entries);
        if (!chain.valid() || expectedHeadHash.equals(GENESIS_HASH)) {
            return chain;
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).hash().equals(expectedHeadHash)) {
                return AuditVerification.intact();
            }
        }
        return AuditVerification.broken(entries.size(), AuditProblem.REMOVED,
                "the remembered last entry is not in the log: entries at its end were removed or replaced");
    }

    private static AuditVerification misplaced(List<AuditEntry> entries, int index, long expectedSequence) {
        long found = entries.get(index).sequence();
        for (int later = index + 1; later < entries.size(); later++) {
            if (entries.get(later).sequence() == expectedSequence) {
                return AuditVerification.broken(index, AuditProblem.REORDERED, "entry " + expectedSequence
                        + " is at position " + (later + 1) + " instead of " + (index + 1));
            }
        }
        if (found > expectedSequence) {
            String missing = found - 1 > expectedSequence
                    ? "entries " + expectedSequence + " to " + (found - 1) + " are missing"
                    : "entry " + expectedSequence + " is missing";
            return AuditVerification.broken(index, AuditProblem.REMOVED, missing);
        }
        return AuditVerification.broken(index, AuditProblem.REORDERED, "entry " + found + " appears again at position "
                + (index + 1));
    }

    private static void requiredText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRetentionInputException(field, value, "is required in an audit entry");
        }
    }
}
