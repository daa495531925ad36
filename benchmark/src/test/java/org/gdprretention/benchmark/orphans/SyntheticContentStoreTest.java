package org.gdprretention.benchmark.orphans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.sweep.OrphanSweepSummary;
import org.gdprretention.core.sweep.StoredBinary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticContentStoreTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 17, 999, 10_000})
    void expectedSummaryAgreesWithASetBasedCountOfTheGeneratedEntries(int size) {
        SyntheticContentStore store = new SyntheticContentStore(size);

        OrphanSweepSummary bySet = countWithASet(store);

        assertThat(store.expectedSummary()).isEqualTo(bySet);
    }

    @Test
    void bothSidesHaveSizeEntriesInTheOrderTheMergeRequires() {
        SyntheticContentStore store = new SyntheticContentStore(5_000);

        List<String> stored = new ArrayList<>();
        store.storedBinaries().forEachRemaining(binary -> stored.add(binary.contentUrl()));
        List<String> referenced = new ArrayList<>();
        store.referencedUrls().forEachRemaining(referenced::add);

        assertThat(stored).hasSize(5_000).isSorted().doesNotHaveDuplicates();
        assertThat(referenced).hasSize(5_000).isSorted();
        assertThat(new HashSet<>(referenced)).hasSizeLessThan(5_000);
    }

    @Test
    void halfTheStoreIsReferencedAndSomeUnreferencedFilesAreTooYoung() {
        OrphanSweepSummary expected = new SyntheticContentStore(16_000).expectedSummary();

        assertThat(expected.scanned()).isEqualTo(16_000);
        assertThat(expected.referenced()).isEqualTo(7_500);
        assertThat(expected.protectedTooYoung()).isPositive();
        assertThat(expected.orphans()).isEqualTo(16_000 - 7_500 - expected.protectedTooYoung());
    }

    @Test
    void contentUrlsSortByIndexAcrossDigitCounts() {
        assertThat(SyntheticContentStore.contentUrl(9)).isLessThan(SyntheticContentStore.contentUrl(10));
        assertThat(SyntheticContentStore.contentUrl(999_999)).isLessThan(SyntheticContentStore.contentUrl(1_000_000));
        assertThat(SyntheticContentStore.contentUrl(42)).isEqualTo("store://2026/6/15/9/0000000042.bin");
    }

    @Test
    void aSizeBelowOneIsRefusedNamingTheSize() {
        assertThatThrownBy(() -> new SyntheticContentStore(0))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid size '0': must be at least 1");
    }

    // An oracle that shares nothing with the merge: hold every reference in memory and look each file up.
    private static OrphanSweepSummary countWithASet(SyntheticContentStore store) {
        Set<String> referenced = new HashSet<>();
        store.referencedUrls().forEachRemaining(referenced::add);
        long scanned = 0;
        long kept = 0;
        long young = 0;
        long orphans = 0;
        long bytes = 0;
        Iterator<StoredBinary> stored = store.storedBinaries();
        while (stored.hasNext()) {
            StoredBinary binary = stored.next();
            scanned++;
            if (referenced.contains(binary.contentUrl())) {
                kept++;
            } else if (!binary.lastModified().isBefore(
                    SyntheticContentStore.NOW.minus(SyntheticContentStore.PROTECT_WINDOW))) {
                young++;
            } else {
                orphans++;
                bytes += binary.sizeBytes();
            }
        }
        return new OrphanSweepSummary(scanned, kept, young, orphans, bytes, true);
    }
}
