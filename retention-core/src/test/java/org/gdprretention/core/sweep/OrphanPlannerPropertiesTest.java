package org.gdprretention.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The streaming merge agrees with the obvious set computation on small generated stores. */
class OrphanPlannerPropertiesTest {

    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(10);

    private static String url(int n) {
        return "s://" + Integer.toString(n, 36);
    }

    @Test
    void mergeEqualsSetDifferenceMinusYoungFiles() {
        qt().withExamples(3000)
                .forAll(lists().of(integers().between(0, 60)).ofSizeBetween(0, 40),
                        lists().of(integers().between(0, 60)).ofSizeBetween(0, 60),
                        integers().between(0, 20))
                .checkAssert((storedNumbers, referencedNumbers, ageHoursSeed) -> {
                    TreeMap<String, StoredBinary> stored = new TreeMap<>();
                    for (int n : storedNumbers) {
                        Instant modified = NOW.minus(Duration.ofHours((n * 7L + ageHoursSeed) % 20));
                        stored.put(url(n), new StoredBinary(url(n), n, modified));
                    }
                    List<String> referenced = new ArrayList<>();
                    referencedNumbers.forEach(n -> referenced.add(url(n)));
                    referenced.sort(null);
                    Set<String> referencedSet = new TreeSet<>(referenced);

                    OrphanSweep sweep = new OrphanPlanner(WINDOW)
                            .orphans(stored.values().iterator(), referenced.iterator(), NOW);
                    List<StoredBinary> found = new ArrayList<>();
                    sweep.forEachRemaining(found::add);

                    List<StoredBinary> expected = stored.values().stream()
                            .filter(b -> !referencedSet.contains(b.contentUrl()))
                            .filter(b -> b.lastModified().isBefore(NOW.minus(WINDOW)))
                            .toList();
                    long young = stored.values().stream()
                            .filter(b -> !referencedSet.contains(b.contentUrl()))
                            .filter(b -> !b.lastModified().isBefore(NOW.minus(WINDOW))).count();
                    assertThat(found).isEqualTo(expected);
                    assertThat(sweep.summary()).isEqualTo(new OrphanSweepSummary(stored.size(),
                            stored.size() - expected.size() - young, young, expected.size(),
                            expected.stream().mapToLong(StoredBinary::sizeBytes).sum(), true));
                });
    }
}
