package org.gdprretention.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.gdprretention.core.InvalidRetentionInputException;
import org.junit.jupiter.api.Test;

class OrphanPlannerTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(14);
    private static final Instant OLD = NOW.minus(Duration.ofDays(30));
    private static final Instant YOUNG = NOW.minus(Duration.ofDays(1));

    private static StoredBinary old(String url, long size) {
        return new StoredBinary(url, size, OLD);
    }

    private static OrphanSweep sweep(List<StoredBinary> stored, List<String> referenced) {
        return new OrphanPlanner(WINDOW).orphans(stored.iterator(), referenced.iterator(), NOW);
    }

    private static List<String> drainUrls(OrphanSweep sweep) {
        List<String> urls = new ArrayList<>();
        sweep.forEachRemaining(b -> urls.add(b.contentUrl()));
        return urls;
    }

    @Test
    void interleavedInputsYieldOnlyUnreferencedOldBinaries() {
        OrphanSweep sweep = sweep(
                List.of(old("s://a", 1), old("s://b", 2), old("s://d", 4), old("s://f", 8), old("s://g", 16)),
                List.of("s://0", "s://b", "s://c", "s://d", "s://e", "s://g", "s://z"));

        assertThat(drainUrls(sweep)).containsExactly("s://a", "s://f");
        assertThat(sweep.summary()).isEqualTo(new OrphanSweepSummary(5, 3, 0, 2, 9, true));
    }

    @Test
    void duplicatesInTheReferencedStreamAreTolerated() {
        OrphanSweep sweep = sweep(List.of(old("s://a", 1), old("s://b", 1), old("s://c", 1)),
                List.of("s://a", "s://a", "s://a", "s://c", "s://c"));

        assertThat(drainUrls(sweep)).containsExactly("s://b");
        assertThat(sweep.summary().referenced()).isEqualTo(2);
    }

    @Test
    void nothingReferencedMakesEveryOldBinaryAnOrphan() {
        OrphanSweep sweep = sweep(List.of(old("s://a", 10), old("s://b", 20)), List.of());

        assertThat(drainUrls(sweep)).containsExactly("s://a", "s://b");
        assertThat(sweep.summary()).isEqualTo(new OrphanSweepSummary(2, 0, 0, 2, 30, true));
    }

    @Test
    void emptyStoreGivesNoOrphansButStillChecksTheReferencedOrder() {
        OrphanSweep sweep = sweep(List.of(), List.of("s://a", "s://b"));

        assertThat(sweep.hasNext()).isFalse();
        assertThat(sweep.summary()).isEqualTo(new OrphanSweepSummary(0, 0, 0, 0, 0, true));
        assertThatThrownBy(() -> sweep(List.of(), List.of("s://b", "s://a")).hasNext())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'s://a'").hasMessageContaining("'s://b'");
    }

    @Test
    void allReferencedGivesNoOrphans() {
        OrphanSweep sweep = sweep(List.of(old("s://a", 5), old("s://b", 5)), List.of("s://a", "s://b"));

        assertThat(drainUrls(sweep)).isEmpty();
        assertThat(sweep.summary()).isEqualTo(new OrphanSweepSummary(2, 2, 0, 0, 0, true));
    }

    @Test
    void youngUnreferencedBinariesAreProtected() {
        OrphanSweep sweep = sweep(List.of(new StoredBinary("s://new", 7, YOUNG), old("s://old", 3)), List.of());

        assertThat(drainUrls(sweep)).containsExactly("s://old");
        assertThat(sweep.summary()).isEqualTo(new OrphanSweepSummary(2, 0, 1, 1, 3, true));
    }

    @Test
    void binaryExactlyAtTheWindowEdgeIsProtectedAndOneNanosecondOlderIsNot() {
        Instant edge = NOW.minus(WINDOW);
        OrphanSweep sweep = sweep(List.of(
                new StoredBinary("s://at-edge", 1, edge),
                new StoredBinary("s://just-older", 2, edge.minusNanos(1)),
                new StoredBinary("s://just-younger", 4, edge.plusNanos(1))), List.of());

        assertThat(drainUrls(sweep)).containsExactly("s://just-older");
        assertThat(sweep.summary().protectedTooYoung()).isEqualTo(2);
    }

    @Test
    void zeroWindowProtectsOnlyFilesModifiedNowOrLater() {
        OrphanSweep sweep = new OrphanPlanner(Duration.ZERO).orphans(List.of(
                new StoredBinary("s://a", 1, NOW.minusMillis(1)), new StoredBinary("s://b", 1, NOW)).iterator(),
                List.<String>of().iterator(), NOW);

        assertThat(drainUrls(sweep)).containsExactly("s://a");
    }

    @Test
    void unsortedReferencedStreamIsRefusedNamingBothUrls() {
        OrphanSweep sweep = sweep(List.of(old("s://a", 1), old("s://m", 1), old("s://z", 1)),
                List.of("s://m", "s://c", "s://z"));

        assertThatThrownBy(() -> drainUrls(sweep))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'s://c' came after 's://m'");
    }

    @Test
    void unsortedStoredStreamIsRefusedNamingBothUrls() {
        OrphanSweep sweep = sweep(List.of(old("s://b", 1), old("s://a", 1)), List.of());

        assertThatThrownBy(() -> drainUrls(sweep))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'s://a' came after 's://b'");
    }

    @Test
    void repeatedStoredUrlIsRefused() {
        OrphanSweep sweep = sweep(List.of(old("s://a", 1), old("s://a", 1)), List.of());

        assertThatThrownBy(() -> drainUrls(sweep)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'s://a' came after 's://a'");
    }

    @Test
    void misplacedReferenceAfterTheStoredEndStillFailsTheSweep() {
        OrphanSweep sweep = sweep(List.of(old("s://a", 1)), List.of("s://b", "s://c", "s://a"));

        assertThat(sweep.next().contentUrl()).isEqualTo("s://a");
        assertThat(sweep.summary().complete()).isFalse();
        assertThatThrownBy(sweep::hasNext).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'s://a' came after 's://c'");
        assertThatThrownBy(sweep::hasNext).as("a failed sweep stays failed").isInstanceOf(IllegalStateException.class);
        assertThat(sweep.summary().complete()).isFalse();
    }

    @Test
    void negativeProtectWindowIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new OrphanPlanner(Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid protectWindow 'PT-1S': must be zero or positive");
    }

    @Test
    void nextAfterTheEndThrows() {
        OrphanSweep sweep = sweep(List.of(), List.of());

        assertThatThrownBy(sweep::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void storedBinaryRefusesBadValuesNamingTheField() {
        assertThatThrownBy(() -> new StoredBinary(" ", 1, OLD)).hasMessageStartingWith("Invalid contentUrl ' '");
        assertThatThrownBy(() -> new StoredBinary("s://a", -5, OLD)).hasMessageStartingWith("Invalid sizeBytes '-5'");
        assertThatThrownBy(() -> new StoredBinary("s://a", 1, null)).hasMessageStartingWith("Invalid lastModified 'null'");
    }

    @Test
    void readsNoFurtherThanNeededForTheFirstOrphan() {
        CountingIterator<StoredBinary> stored = new CountingIterator<>(
                List.of(old("s://a", 1), old("s://b", 1), old("s://c", 1), old("s://d", 1)).iterator());
        CountingIterator<String> referenced = new CountingIterator<>(List.of("s://a", "s://c", "s://d").iterator());
        OrphanSweep sweep = new OrphanPlanner(WINDOW).orphans(stored, referenced, NOW);

        assertThat(stored.taken).isZero();
        assertThat(sweep.next().contentUrl()).isEqualTo("s://b");
        assertThat(stored.taken).isEqualTo(2);
        assertThat(referenced.taken).isEqualTo(2);
        assertThat(sweep.summary()).isEqualTo(new OrphanSweepSummary(2, 1, 0, 1, 1, false));
    }

    private static final class CountingIterator<T> implements Iterator<T> {
        private final Iterator<T> source;
        private int taken;

        CountingIterator(Iterator<T> source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            return source.hasNext();
        }

        @Override
        public T next() {
            taken++;
            return source.next();
        }
    }
}
