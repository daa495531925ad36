package org.gdprretention.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.gdprretention.core.InvalidRetentionInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileContentStoreWalkerTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Instant OLD = NOW.minus(Duration.ofDays(40));
    private static final Instant NEW = NOW.minus(Duration.ofHours(2));

    @TempDir
    Path root;

    private StoreTree tree() {
        return new StoreTree(root);
    }

    private static List<StoredBinary> drain(StoreWalk walk) {
        List<StoredBinary> binaries = new ArrayList<>();
        walk.forEachRemaining(binaries::add);
        return binaries;
    }

    private static List<String> urls(List<StoredBinary> binaries) {
        return binaries.stream().map(StoredBinary::contentUrl).toList();
    }

    @Test
    void handsOutEachBinaryWithItsUrlSizeAndModificationTime() {
        tree().file("2024/5/1/12/30/aaaa.bin", 11, OLD);
        tree().file("2025/5/31/9/0/bbbb.bin", 7, NEW);

        StoreWalk walk = new FileContentStoreWalker(root).walk();

        assertThat(drain(walk)).containsExactly(
                new StoredBinary("store://2024/5/1/12/30/aaaa.bin", 11, OLD),
                new StoredBinary("store://2025/5/31/9/0/bbbb.bin", 7, NEW));
        assertThat(walk.summary()).isEqualTo(new StoreWalkSummary(2, 18, 11, 0, 0, 0, List.of(), true));
    }

    @Test
    void numberedDirectoriesComeInStringOrderNotNumberOrder() {
        for (String month : List.of("1", "2", "9", "10", "11", "12")) {
            tree().file("2024/" + month + "/3/0/0/f.bin", 1, OLD);
        }
        tree().file("2023/12/31/23/59/f.bin", 1, OLD);

        List<String> urls = urls(drain(new FileContentStoreWalker(root).walk()));

        assertThat(urls).containsExactly("store://2023/12/31/23/59/f.bin", "store://2024/1/3/0/0/f.bin",
                "store://2024/10/3/0/0/f.bin", "store://2024/11/3/0/0/f.bin", "store://2024/12/3/0/0/f.bin",
                "store://2024/2/3/0/0/f.bin", "store://2024/9/3/0/0/f.bin");
        assertThat(urls).isSorted();
    }

    @Test
    void aDirectorySortsAfterASiblingThatExtendsItsNameWithACharacterBelowSlash() {
        // in the minute directory: bucket "5" and files "5.bin" and "5-x.bin"; '-' and '.' sort below '/'
        tree().file("2024/5/1/12/30/5/0.bin", 1, OLD);
        tree().file("2024/5/1/12/30/5.bin", 1, OLD);
        tree().file("2024/5/1/12/30/5-x.bin", 1, OLD);
        tree().file("2024/5/1/12/30/50.bin", 1, OLD);

        List<String> urls = urls(drain(new FileContentStoreWalker(root).walk()));

        assertThat(urls).containsExactly("store://2024/5/1/12/30/5-x.bin", "store://2024/5/1/12/30/5.bin",
                "store://2024/5/1/12/30/5/0.bin", "store://2024/5/1/12/30/50.bin");
        assertThat(urls).isSorted();
    }

    @Test
    void walksTheOptionalBucketLevelUnderTheMinute() {
        tree().file("2024/5/1/12/30/0/x.bin", 3, OLD);
        tree().file("2024/5/1/12/30/1/y.bin", 4, OLD);

        StoreWalk walk = new FileContentStoreWalker(root).walk();

        assertThat(urls(drain(walk))).containsExactly("store://2024/5/1/12/30/0/x.bin",
                "store://2024/5/1/12/30/1/y.bin");
    }

    @Test
    void leavesFilesOutsideTheLayoutAloneAndCountsThem() {
        tree().file("2024/5/1/12/30/keep.bin", 5, OLD);
        tree().file("2024/5/1/12/30/notes.txt", 5, OLD);          // not .bin
        tree().file("2024/5/1/12/30/.hidden.bin", 5, OLD);        // hidden
        tree().file("2024/5/1/12/30/.bin", 5, OLD);               // no name
        tree().file("2024/5/1/12/stray.bin", 5, OLD);             // too shallow
        tree().file("stray.bin", 5, OLD);                         // directly in the root
        tree().file("2024/5/1/12/30/0/0/too-deep.bin", 5, OLD);   // below the bucket level
        tree().file("backup/2024/5/1/12/30/copy.bin", 5, OLD);    // directory not numbered
        tree().directory("lost+found");

        StoreWalk walk = new FileContentStoreWalker(root).walk();

        assertThat(urls(drain(walk))).containsExactly("store://2024/5/1/12/30/keep.bin");
        assertThat(walk.summary().otherEntriesSkipped()).isEqualTo(8);
        assertThat(walk.summary().symbolicLinksSkipped()).isZero();
        assertThat(root.resolve("2024/5/1/12/30/notes.txt")).exists();
    }

    @Test
    void neitherFollowsNorHandsOutSymbolicLinks(@TempDir Path outside) throws IOException {
        StoreTree elsewhere = new StoreTree(outside);
        Path foreignFile = elsewhere.file("secret.bin", 9, OLD);
        Path foreignTree = elsewhere.directory("tree");
        elsewhere.file("tree/inside.bin", 9, OLD);
        tree().file("2024/5/1/12/30/real.bin", 2, OLD);
        tree().symbolicLink("2024/5/1/12/30/link.bin", foreignFile);
        tree().symbolicLink("2024/5/1/12/31", foreignTree);
        tree().symbolicLink("2024/5/1/12/30/dangling.bin", outside.resolve("missing"));

        StoreWalk walk = new FileContentStoreWalker(root).walk();

        assertThat(urls(drain(walk))).containsExactly("store://2024/5/1/12/30/real.bin");
        assertThat(walk.summary().symbolicLinksSkipped()).isEqualTo(3);
        assertThat(walk.summary().unreadableEntries()).isZero();
        assertThat(foreignFile).exists();
    }

    @Test
    void reportsAnUnreadableDirectoryAndWalksOn() throws IOException {
        tree().file("2024/5/1/12/30/before.bin", 1, OLD);
        tree().file("2024/5/2/12/30/hidden.bin", 1, OLD);
        tree().file("2024/5/3/12/30/after.bin", 1, OLD);
        Path locked = root.resolve("2024/5/2");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(canList(locked), "this process reads a directory of mode 000 (it runs as root), so the"
                    + " file system cannot refuse it here; reportsRefusedListingsAndEntriesUpToTheLimitAndWalksOn"
                    + " proves the reporting with a refusing file system instead");

            StoreWalk walk = new FileContentStoreWalker(root).walk();

            assertThat(urls(drain(walk))).containsExactly("store://2024/5/1/12/30/before.bin",
                    "store://2024/5/3/12/30/after.bin");
            assertThat(walk.summary().unreadableEntries()).isEqualTo(1);
            assertThat(walk.summary().unreadableSample()).singleElement().satisfies(entry -> {
                assertThat(entry.relativePath()).isEqualTo("2024/5/2");
                assertThat(entry.reason()).contains("AccessDenied");
            });
            assertThat(walk.summary().complete()).isTrue();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void reportsRefusedListingsAndEntriesUpToTheLimitAndWalksOn() {
        tree().file("2024/5/1/12/30/a.bin", 1, OLD);
        tree().file("2024/5/2/12/30/b.bin", 1, OLD);
        tree().file("2024/5/3/12/30/c.bin", 1, OLD);
        tree().file("2024/5/4/12/30/d.bin", 1, OLD);
        tree().file("2024/5/5/12/30/e.bin", 1, OLD);
        RefusingFileAccess access = new RefusingFileAccess()
                .refuseListing(root.resolve("2024/5/2"))
                .refuseListing(root.resolve("2024/5/4/12"))
                .refuseAttributes(root.resolve("2024/5/5/12/30/e.bin"));

        StoreWalk walk = new FileContentStoreWalker(root, 2, access).walk();

        assertThat(urls(drain(walk))).containsExactly("store://2024/5/1/12/30/a.bin",
                "store://2024/5/3/12/30/c.bin");
        StoreWalkSummary summary = walk.summary();
        assertThat(summary.unreadableEntries()).isEqualTo(3);
        assertThat(summary.unreadableSample()).extracting(UnreadableEntry::relativePath)
                .containsExactly("2024/5/2", "2024/5/4/12");
        assertThat(summary.unreadableSample().get(0).reason())
                .isEqualTo("AccessDeniedException: " + root.resolve("2024/5/2"));
        assertThat(summary.complete()).isTrue();
    }

    @Test
    void withoutReadAheadListsADirectoryOnlyWhenTheWalkReachesIt() {
        for (int day = 1; day <= 9; day++) {
            tree().file("2024/5/" + day + "/12/30/f.bin", 1, OLD);
        }
        RefusingFileAccess access = new RefusingFileAccess();

        StoreWalk walk = new FileContentStoreWalker(root, 10, access, 0, 1).walk();
        walk.next();

        assertThat(access.listings).as("root, year, month, day, hour, minute: one path down, nothing beside it")
                .hasValue(6);
        drain(walk);
        assertThat(access.listings).hasValue(3 + 9 * 3);
        assertThat(walk.summary().directories()).isEqualTo(access.listings.get());
    }

    @Test
    void readsOnlyABoundedNumberOfDirectoriesAheadOfTheWalkAndEachOnce() throws InterruptedException {
        for (int day = 1; day <= 9; day++) {
            tree().file("2024/5/" + day + "/12/30/f.bin", 1, OLD);
        }
        RefusingFileAccess access = new RefusingFileAccess();

        StoreWalk walk = new FileContentStoreWalker(root, 10, access, 2, 2).walk();
        walk.next();
        Thread.sleep(200);

        // root; 2024 read ahead with its first subdirectory 5; days 1 to 3 (two ahead, topped up when day 1 was
        // taken), each with its first subdirectory 12; 30 of day 1: ten at most, the whole tree has thirty
        assertThat(access.listings.get()).as("listings after the first binary").isBetween(6, 10);
        drain(walk);
        assertThat(access.listings).hasValue(3 + 9 * 3);
        assertThat(walk.summary().directories()).isEqualTo(access.listings.get());
    }

    @Test
    void theReadingThreadsEndWithTheWalkAndShortlyAfterAnAbandonedOne() throws InterruptedException {
        for (int day = 1; day <= 20; day++) {
            tree().file("2024/5/" + day + "/12/30/f.bin", 1, OLD);
        }
        StoreWalk abandoned = new FileContentStoreWalker(root).walk();
        abandoned.next();
        drain(new FileContentStoreWalker(root).walk());

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (readingThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(readingThreads()).as("walk reading threads still alive").isZero();
        assertThat(abandoned.summary().complete()).isFalse();
    }

    private static long readingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("gdpr-retention-store-walk-") && thread.isAlive())
                .count();
    }

    @Test
    void anEmptyStoreIsCompleteAtOnce() {
        StoreWalk walk = new FileContentStoreWalker(root).walk();

        assertThat(walk.hasNext()).isFalse();
        assertThatThrownBy(walk::next).isInstanceOf(NoSuchElementException.class);
        assertThat(walk.summary()).isEqualTo(new StoreWalkSummary(0, 0, 1, 0, 0, 0, List.of(), true));
    }

    @Test
    void anUnfinishedWalkSaysSo() {
        tree().file("2024/5/1/12/30/a.bin", 1, OLD);
        tree().file("2024/5/1/12/30/b.bin", 1, OLD);

        StoreWalk walk = new FileContentStoreWalker(root).walk();
        walk.next();

        assertThat(walk.summary().complete()).isFalse();
        assertThat(walk.summary().binaries()).isEqualTo(1);
    }

    @Test
    void aRootThatIsNotADirectoryIsNamedAsNotAFileStore() throws IOException {
        Path file = Files.writeString(root.resolve("object-storage-marker"), "x");
        Path missing = root.resolve("missing");

        assertThat(FileContentStoreWalker.rootProblem(root)).isEmpty();
        assertThat(FileContentStoreWalker.rootProblem(file)).hasValueSatisfying(problem ->
                assertThat(problem).contains(file.toString()).contains("not a directory").contains("not a file store"));
        assertThat(FileContentStoreWalker.rootProblem(missing)).hasValueSatisfying(problem ->
                assertThat(problem).contains(missing.toString()).contains("does not exist"));
        assertThat(FileContentStoreWalker.rootProblem(null)).isPresent();
        assertThatThrownBy(() -> new FileContentStoreWalker(file).walk())
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid root '" + file + "'")
                .hasMessageContaining("not a directory");
    }

    @Test
    void refusesAMissingRootAndANegativeSampleLimit() {
        assertThatThrownBy(() -> new FileContentStoreWalker(null))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid root 'null'");
        assertThatThrownBy(() -> new FileContentStoreWalker(root, -1))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid unreadableSampleLimit '-1'");
    }

    @Test
    void pathOfMapsAUrlBackToTheFileItCameFrom() {
        Path file = tree().file("2024/10/1/0/59/abc.bin", 1, OLD);
        FileContentStoreWalker walker = new FileContentStoreWalker(root);

        StoredBinary binary = walker.walk().next();

        assertThat(walker.pathOf(binary.contentUrl())).isEqualTo(file);
    }

    private static boolean canList(Path directory) {
        try (var stream = Files.newDirectoryStream(directory)) {
            stream.iterator().hasNext();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
