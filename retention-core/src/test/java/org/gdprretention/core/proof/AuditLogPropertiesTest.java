package org.gdprretention.core.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Any single removal or swap anywhere in a log is caught, against the remembered head. */
class AuditLogPropertiesTest {

    private static List<AuditEntry> log(int size) {
        AuditLog log = AuditLog.empty(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            entries.add(log.append("officer", "purge", "doc-" + (i % 3), Map.of("n", Integer.toString(i % 2))));
        }
        return entries;
    }

    @Test
    void removingAnyEntryIsDetectedAtItsPosition() {
        qt().withExamples(300).forAll(integers().between(1, 25), integers().between(0, 1000))
                .checkAssert((size, seed) -> {
                    List<AuditEntry> entries = log(size);
                    AuditHead head = AuditHead.of(entries.get(size - 1));
                    int removed = seed % size;
                    entries.remove(removed);

                    AuditVerification result = AuditLog.verify(entries, head);

                    assertThat(result.valid()).isFalse();
                    assertThat(result.problem()).isEqualTo(AuditProblem.REMOVED);
                    assertThat(result.firstBadIndex()).isEqualTo(removed);
                });
    }

    @Test
    void swappingAnyTwoEntriesIsDetectedAtTheFirst() {
        qt().withExamples(300).forAll(integers().between(2, 25), integers().between(0, 1000), integers().between(1, 24))
                .checkAssert((size, seed, distance) -> {
                    List<AuditEntry> entries = log(size);
                    int first = seed % (size - 1);
                    int second = first + 1 + distance % (size - 1 - first);
                    Collections.swap(entries, first, second);

                    AuditVerification result = AuditLog.verify(entries);

                    assertThat(result.problem()).isEqualTo(AuditProblem.REORDERED);
                    assertThat(result.firstBadIndex()).isEqualTo(first);
                });
    }
}
