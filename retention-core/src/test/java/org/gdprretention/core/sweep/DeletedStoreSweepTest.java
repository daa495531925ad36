package org.gdprretention.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.gdprretention.core.InvalidRetentionInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeletedStoreSweepTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Duration MAX_AGE = Duration.ofDays(7);

    @TempDir
    Path deletedStore;

    private static List<String> urls(DeletedStoreSelection selection) {
        List<String> urls = new ArrayList<>();
        selection.forEachRemaining(b -> urls.add(b.contentUrl()));
        return urls;
    }

    @Test
    void backupsOlderThanTheAgeAreRemovableOnARealDeletedStoreTree() {
        StoreTree tree = new StoreTree(deletedStore);
        tree.file("2025/4/1/8/0/old.bin", 100, NOW.minus(Duration.ofDays(60)));
        tree.file("2025/5/24/11/0/just-old.bin", 10, NOW.minus(MAX_AGE).minusMillis(1));
        tree.file("2025/5/25/12/0/exactly-at-age.bin", 20, NOW.minus(MAX_AGE));
        tree.file("2025/5/31/9/0/young.bin", 30, NOW.minus(Duration.ofDays(1)));
        tree.file("2025/4/1/8/0/readme.txt", 1, NOW.minus(Duration.ofDays(60)));

        DeletedStoreSelection selection = new DeletedStoreSweep(MAX_AGE)
                .removable(new FileContentStoreWalker(deletedStore).walk(), NOW);

        assertThat(urls(selection)).containsExactly("store://2025/4/1/8/0/old.bin",
                "store://2025/5/24/11/0/just-old.bin");
        assertThat(selection.summary()).isEqualTo(new DeletedStoreSummary(4, 2, 2, 110, true));
    }

    @Test
    void zeroAgeKeepsNothingOlderThanNow() {
        List<StoredBinary> backups = List.of(
                new StoredBinary("store://2025/6/1/11/0/a.bin", 1, NOW.minusSeconds(1)),
                new StoredBinary("store://2025/6/1/12/0/b.bin", 1, NOW));

        DeletedStoreSelection selection = new DeletedStoreSweep(Duration.ZERO).removable(backups.iterator(), NOW);

        assertThat(urls(selection)).containsExactly("store://2025/6/1/11/0/a.bin");
        assertThat(selection.summary().keptTooYoung()).isEqualTo(1);
    }

    @Test
    void countsAreNotFinalUntilTheEnd() {
        List<StoredBinary> backups = List.of(
                new StoredBinary("store://2025/1/1/0/0/a.bin", 5, NOW.minus(Duration.ofDays(30))),
                new StoredBinary("store://2025/1/1/0/0/b.bin", 5, NOW.minus(Duration.ofDays(30))));
        DeletedStoreSelection selection = new DeletedStoreSweep(MAX_AGE).removable(backups.iterator(), NOW);

        selection.next();

        assertThat(selection.summary()).isEqualTo(new DeletedStoreSummary(1, 0, 1, 5, false));
        selection.next();
        assertThat(selection.hasNext()).isFalse();
        assertThatThrownBy(selection::next).isInstanceOf(NoSuchElementException.class);
        assertThat(selection.summary()).isEqualTo(new DeletedStoreSummary(2, 0, 2, 10, true));
    }

    @Test
    void refusesANegativeOrMissingAge() {
        assertThatThrownBy(() -> new DeletedStoreSweep(Duration.ofDays(-1)))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid maxAge 'PT-24H'");
        assertThatThrownBy(() -> new DeletedStoreSweep(null))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid maxAge 'null'");
    }
}
