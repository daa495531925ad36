package org.gdprretention.core.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.gdprretention.core.InvalidRetentionInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditLogTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00.123456789Z");

    /** A clock that moves one second per reading, so entries have distinct times. */
    private static Clock ticking() {
        return new Clock() {
            private Instant now = T0;

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                Instant current = now;
                now = now.plus(Duration.ofSeconds(1));
                return current;
            }
        };
    }

    private static List<AuditEntry> log(int size) {
        AuditLog log = AuditLog.empty(ticking());
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            entries.add(log.append("officer", "purge", "doc-" + i, Map.of("bytes", Integer.toString(i * 100))));
        }
        return entries;
    }

    private static List<AuditEntry> without(List<AuditEntry> entries, int index) {
        List<AuditEntry> copy = new ArrayList<>(entries);
        copy.remove(index);
        return copy;
    }

    @Test
    void entriesChainFromGenesisWithSequenceFromOne() {
        List<AuditEntry> entries = log(3);

        assertThat(entries).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(entries.get(0).previousHash()).isEqualTo("0".repeat(64));
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
        assertThat(entries).extracting(AuditEntry::hash).allMatch(h -> h.matches("[0-9a-f]{64}")).doesNotHaveDuplicates();
        assertThat(AuditLog.verify(entries)).isEqualTo(AuditVerification.intact());
    }

    @Test
    void timeIsCutToMillisecondsSoAStoredEntryHashesTheSame() {
        AuditEntry entry = log(1).get(0);

        assertThat(entry.time()).isEqualTo(Instant.parse("2025-03-01T09:00:00.123Z"));
        assertThat(entry.computeHash()).isEqualTo(entry.hash());
    }

    @Test
    void hashFollowsTheDocumentedCanonicalForm() throws Exception {
        AuditEntry entry = AuditLog.empty(Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC))
                .append("jan", "purge", "doc,1", new LinkedHashMap<>(Map.of("z", "é", "a", "")));
        String canonical = "22:gdpr-retention-audit/1," + "1:1," + "20:2025-01-02T03:04:05Z," + "3:jan," + "5:purge,"
                + "5:doc,1," + "1:2," + "1:a," + "0:," + "1:z," + "2:é," + "64:" + "0".repeat(64) + ",";
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));

        assertThat(entry.hash()).isEqualTo(expected);
        assertThat(entry.details().keySet()).containsExactly("a", "z");
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
        Clock fixed = Clock.fixed(T0, ZoneOffset.UTC);
        AuditEntry one = AuditLog.empty(fixed).append("a,b", "c", "s", Map.of());
        AuditEntry other = AuditLog.empty(fixed).append("a", "b,c", "s", Map.of());
        AuditEntry detailShift = AuditLog.empty(fixed).append("a", "c", "s", Map.of("k", "v,1:x"));
        AuditEntry detailSplit = AuditLog.empty(fixed).append("a", "c", "s", Map.of("k", "v", "x", ""));

        assertThat(one.hash()).isNotEqualTo(other.hash());
        assertThat(detailShift.hash()).isNotEqualTo(detailSplit.hash());
    }

    @Test
    void emptyLogIsValid() {
        assertThat(AuditLog.verify(List.of()).valid()).isTrue();
        assertThat(AuditLog.verify(List.of(), AuditHead.EMPTY).valid()).isTrue();
        assertThat(AuditLog.verify(List.of(), AuditLog.GENESIS_HASH).valid()).isTrue();
    }

    @Test
    void removingTheFirstEntryIsReported() {
        AuditVerification result = AuditLog.verify(without(log(4), 0));

        assertThat(result.valid()).isFalse();
        assertThat(result.firstBadIndex()).isZero();
        assertThat(result.problem()).isEqualTo(AuditProblem.REMOVED);
        assertThat(result.explanation()).contains("entry 1 is missing");
    }

    @Test
    void removingAMiddleEntryIsReportedWhereItWas() {
        AuditVerification result = AuditLog.verify(without(log(5), 2));

        assertThat(result).isEqualTo(AuditVerification.broken(2, AuditProblem.REMOVED, "entry 3 is missing"));
    }

    @Test
    void removingTheLastEntryIsOnlyVisibleAgainstARememberedHead() {
        List<AuditEntry> entries = log(4);
        AuditHead head = AuditHead.of(entries.get(3));
        List<AuditEntry> cut = without(entries, 3);

        assertThat(AuditLog.verify(cut).valid()).as("the chain alone cannot see a cut end").isTrue();
        AuditVerification byHead = AuditLog.verify(cut, head);
        assertThat(byHead.problem()).isEqualTo(AuditProblem.REMOVED);
        assertThat(byHead.firstBadIndex()).isEqualTo(3);
        AuditVerification byHash = AuditLog.verify(cut, head.hash());
        assertThat(byHash.problem()).isEqualTo(AuditProblem.REMOVED);
        assertThat(byHash.firstBadIndex()).isEqualTo(3);
    }

    @Test
    void logThatGrewPastTheRememberedHeadIsValid() {
        List<AuditEntry> entries = log(5);

        assertThat(AuditLog.verify(entries, AuditHead.of(entries.get(2))).valid()).isTrue();
        assertThat(AuditLog.verify(entries, entries.get(2).hash()).valid()).isTrue();
        assertThat(AuditLog.verify(entries, AuditHead.of(entries.get(4))).valid()).isTrue();
    }

    @Test
    void swappingTwoEntriesIsReportedAsReordered() {
        List<AuditEntry> entries = log(5);
        Collections.swap(entries, 1, 3);

        AuditVerification result = AuditLog.verify(entries);

        assertThat(result.problem()).isEqualTo(AuditProblem.REORDERED);
        assertThat(result.firstBadIndex()).isEqualTo(1);
    }

    @Test
    void repeatingAnEntryIsReportedAsReordered() {
        List<AuditEntry> entries = log(3);
        entries.add(2, entries.get(1));

        assertThat(AuditLog.verify(entries).problem()).isEqualTo(AuditProblem.REORDERED);
        assertThat(AuditLog.verify(entries).firstBadIndex()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sequence", "time", "actor", "action", "subject", "details", "previousHash", "hash"})
    void alteringAnyFieldOfAnEntryIsReportedAsAltered(String field) {
        List<AuditEntry> entries = log(4);
        entries.set(2, alter(entries.get(2), field));

        AuditVerification result = AuditLog.verify(entries);

        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).isEqualTo(AuditProblem.ALTERED);
        assertThat(result.firstBadIndex()).isEqualTo(2);
    }

    @Test
    void alteredEntryWithRecomputedHashBreaksTheChainAtTheNextEntry() {
        List<AuditEntry> entries = log(4);
        entries.set(1, rehashed(entries.get(1), e -> withActor(e, "intruder")));

        AuditVerification result = AuditLog.verify(entries);

        assertThat(result.problem()).isEqualTo(AuditProblem.BROKEN_CHAIN);
        assertThat(result.firstBadIndex()).isEqualTo(2);
    }

    @Test
    void rehashedLastEntryIsFoundOnlyWithTheRememberedHead() {
        List<AuditEntry> entries = log(3);
        AuditHead head = AuditHead.of(entries.get(2));
        entries.set(2, rehashed(entries.get(2), e -> withActor(e, "intruder")));

        assertThat(AuditLog.verify(entries).valid()).isTrue();
        assertThat(AuditLog.verify(entries, head).problem()).isEqualTo(AuditProblem.ALTERED);
        assertThat(AuditLog.verify(entries, head).firstBadIndex()).isEqualTo(2);
        assertThat(AuditLog.verify(entries, head.hash()).valid()).isFalse();
    }

    @Test
    void continuingAfterAStoredHeadKeepsTheChain() {
        List<AuditEntry> first = log(2);
        AuditLog resumed = AuditLog.continuingAfter(first.get(1), ticking());

        AuditEntry third = resumed.append("system", "orphan-sweep", "store", null);

        List<AuditEntry> all = new ArrayList<>(first);
        all.add(third);
        assertThat(third.sequence()).isEqualTo(3);
        assertThat(AuditLog.verify(all).valid()).isTrue();
        assertThat(resumed.head()).isEqualTo(AuditHead.of(third));
    }

    @Test
    void continuingAfterAnAlteredHeadIsRefused() {
        AuditEntry altered = alter(log(1).get(0), "actor");

        assertThatThrownBy(() -> AuditLog.continuingAfter(altered, ticking()))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid hash '" + altered.hash() + "'");
    }

    @Test
    void appendRefusesMissingActorActionAndDetailValues() {
        AuditLog log = AuditLog.empty(ticking());

        assertThatThrownBy(() -> log.append(" ", "purge", "doc", Map.of())).hasMessageStartingWith("Invalid actor ' '");
        assertThatThrownBy(() -> log.append("officer", null, "doc", Map.of()))
                .hasMessageStartingWith("Invalid action 'null'");
        Map<String, String> badDetails = new TreeMap<>();
        badDetails.put("reason", null);
        assertThatThrownBy(() -> log.append("officer", "purge", "doc", badDetails))
                .hasMessageStartingWith("Invalid details 'reason=null'");
        assertThat(log.head()).as("refused appends leave no trace").isEqualTo(AuditHead.EMPTY);
    }

    private static AuditEntry alter(AuditEntry e, String field) {
        return switch (field) {
            case "sequence" -> new AuditEntry(e.sequence() + 10, e.time(), e.actor(), e.action(), e.subject(),
                    e.details(), e.previousHash(), e.hash());
            case "time" -> new AuditEntry(e.sequence(), e.time().plusMillis(1), e.actor(), e.action(), e.subject(),
                    e.details(), e.previousHash(), e.hash());
            case "actor" -> withActor(e, "someone-else");
            case "action" -> new AuditEntry(e.sequence(), e.time(), e.actor(), "extend", e.subject(), e.details(),
                    e.previousHash(), e.hash());
            case "subject" -> new AuditEntry(e.sequence(), e.time(), e.actor(), e.action(), "doc-other", e.details(),
                    e.previousHash(), e.hash());
            case "details" -> new AuditEntry(e.sequence(), e.time(), e.actor(), e.action(), e.subject(),
                    new TreeMap<>(Map.of("bytes", "1")), e.previousHash(), e.hash());
            case "previousHash" -> new AuditEntry(e.sequence(), e.time(), e.actor(), e.action(), e.subject(),
                    e.details(), "f".repeat(64), e.hash());
            case "hash" -> new AuditEntry(e.sequence(), e.time(), e.actor(), e.action(), e.subject(), e.details(),
                    e.previousHash(), "a".repeat(64));
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static AuditEntry withActor(AuditEntry e, String actor) {
        return new AuditEntry(e.sequence(), e.time(), actor, e.action(), e.subject(), e.details(), e.previousHash(),
                e.hash());
    }

    private static AuditEntry rehashed(AuditEntry e, UnaryOperator<AuditEntry> change) {
        AuditEntry changed = change.apply(e);
        return new AuditEntry(changed.sequence(), changed.time(), changed.actor(), changed.action(), changed.subject(),
                changed.details(), changed.previousHash(), changed.computeHash());
    }
}
