package org.gdprretention.benchmark.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.sweep.FileContentStoreWalker;
import org.gdprretention.core.sweep.OrphanPlanner;
import org.gdprretention.core.sweep.OrphanSweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLayoutTreeTest {

    @TempDir
    Path parent;

    @Test
    void buildsRealFilesInTheLayoutWithASortedReferencedListAndTheCountsAMergeFinds() throws IOException {
        StoreLayoutTree tree = StoreLayoutTree.prepare(parent, 500);

        List<Path> files;
        try (Stream<Path> walk = Files.walk(tree.root())) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSize(500).allSatisfy(file -> {
            assertThat(tree.root().relativize(file).toString()).matches("\\d{4}/\\d{1,2}/\\d{1,2}/\\d{1,2}/\\d{1,2}/"
                    + "[0-9a-f-]{36}\\.bin");
            assertThat(Files.size(file)).isBetween(1024L, 1024L + 64 * 1024);
        });
        List<String> referenced = Files.readAllLines(tree.referencedList());
        assertThat(referenced).hasSize(250).isSorted().allMatch(url -> url.startsWith("store://"));
        try (ReferencedUrls urls = new ReferencedUrls(tree.referencedList())) {
            OrphanSweep sweep = new OrphanPlanner(StoreLayoutTree.PROTECT_WINDOW)
                    .orphans(new FileContentStoreWalker(tree.root()).walk(), urls, StoreLayoutTree.NOW);
            sweep.forEachRemaining(orphan -> { });
            assertThat(sweep.summary()).isEqualTo(tree.expected());
        }
        assertThat(tree.expected().orphans() + tree.expected().protectedTooYoung()).isEqualTo(250);
        assertThat(tree.expected().protectedTooYoung()).isPositive();
    }

    @Test
    void aCompleteTreeIsReusedNotRebuilt() throws IOException {
        StoreLayoutTree first = StoreLayoutTree.prepare(parent, 50);
        Path anyFile;
        try (Stream<Path> walk = Files.walk(first.root())) {
            anyFile = walk.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        FileTime marked = FileTime.fromMillis(123_000);
        Files.setLastModifiedTime(anyFile, marked);

        StoreLayoutTree second = StoreLayoutTree.prepare(parent, 50);

        assertThat(Files.getLastModifiedTime(anyFile, LinkOption.NOFOLLOW_LINKS)).isEqualTo(marked);
        assertThat(second.expected()).isEqualTo(first.expected());
    }

    @Test
    void anUnfinishedTreeIsNotTrusted() throws IOException {
        Files.createDirectories(parent.resolve("store-20/2024"));

        assertThatThrownBy(() -> StoreLayoutTree.prepare(parent, 20))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("was not completed");
    }

    @Test
    void refusesAnEmptyTree() {
        assertThatThrownBy(() -> StoreLayoutTree.prepare(parent, 0))
                .isInstanceOf(InvalidRetentionInputException.class).hasMessageStartingWith("Invalid files '0'");
    }

    @Test
    void theReferencedStreamReadsTheListLineByLine() throws IOException {
        Path list = Files.write(parent.resolve("list"), List.of("store://a", "store://b"));
        List<String> read = new ArrayList<>();

        try (ReferencedUrls urls = new ReferencedUrls(list)) {
            urls.forEachRemaining(read::add);
        }

        assertThat(read).containsExactly("store://a", "store://b");
    }
}
