package org.gdprretention.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading directories ahead of the walk on other threads changes nothing a sweep sees: over generated real trees,
 * a walk reading ahead hands out the same binaries (URL, size, last modification) in the same order with the same
 * counts as a walk that reads each directory when it reaches it, and the orphan planner fed by either plans the same
 * orphans with the same protect-window decisions and counts.
 *
 * <p>The trees mix what the protect window and the layout must get right: files in directories named for the last
 * hours and for last year, young files in old directories and old files in young ones (a file's directory is the
 * time the store created it; its age is its last modification), empty directories, directories that are not
 * numbered, symbolic links to files and to directories, files at the wrong depth, bucket directories, and a
 * directory the file system refuses to list.
 */
class StoreWalkReadAheadPropertiesTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Duration PROTECT = Duration.ofHours(24);
    private static final Instant OLD = NOW.minus(Duration.ofDays(90));
    private static final Instant YOUNG = NOW.minus(Duration.ofHours(1));
    private static final Instant AT_EDGE = NOW.minus(PROTECT);

    private static final List<String> MINUTE_DIRECTORIES = List.of("2025/6/1/11/0", "2025/6/1/11/59",
            "2025/5/31/12/1", "2025/5/31/11/59", "2024/10/7/7/7", "2024/2/7/7/70", "2024/2/7/7/70/3",
            "2024/2/7/7/70/10", "202/1/1/1/1", "2024/2/7/8/0");

    @TempDir
    Path scratch;

    @TempDir
    Path outside;

    private int example;

    @Test
    void readingAheadHandsOutAndPlansExactlyWhatReadingWhenReachedDoes() {
        Path foreignFile = new StoreTree(outside).file("elsewhere.bin", 70, OLD);
        Path foreignTree = new StoreTree(outside).directory("tree");
        new StoreTree(outside).file("tree/inside.bin", 9, OLD);
        qt().withExamples(120)
                .forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 60))
                .checkAssert(picks -> {
                    Path root = scratch.resolve("tree" + example++);
                    StoreTree tree = new StoreTree(root);
                    tree.directory("");
                    TreeSet<String> written = new TreeSet<>();
                    for (int pick : picks) {
                        build(tree, pick, foreignFile, foreignTree, written::add);
                    }
                    List<String> referenced = written.stream().filter(url -> Math.floorMod(url.hashCode(), 3) == 0)
                            .toList();

                    Sweep reference = sweep(root, 0, 1, referenced);
                    for (int readAhead : new int[] {1, 3, 128}) {
                        Sweep ahead = sweep(root, readAhead, 2, referenced);
                        assertThat(ahead.walked).as("read ahead %d", readAhead).isEqualTo(reference.walked);
                        assertThat(ahead.walkSummary).as("read ahead %d", readAhead).isEqualTo(reference.walkSummary);
                        assertThat(ahead.orphans).as("read ahead %d", readAhead).isEqualTo(reference.orphans);
                        assertThat(ahead.sweepSummary).as("read ahead %d", readAhead)
                                .isEqualTo(reference.sweepSummary);
                    }
                    assertThat(reference.sweepSummary.complete()).isTrue();
                    delete(root);
                });
    }

    /** One entry of the tree, chosen by {@code pick}: where, what kind, how old. */
    private static void build(StoreTree tree, int pick, Path foreignFile, Path foreignTree, Consumer<String> urls) {
        String minute = MINUTE_DIRECTORIES.get(pick % MINUTE_DIRECTORIES.size());
        int variant = pick / MINUTE_DIRECTORIES.size();
        Instant modified = switch (variant % 3) {
            case 0 -> OLD;
            case 1 -> YOUNG;
            default -> AT_EDGE;
        };
        String name = "f" + variant;
        switch (variant % 11) {
            case 7 -> {
                if (!Files.exists(tree.root().resolve(minute + "/" + name + "-link.bin"), LinkOption.NOFOLLOW_LINKS)) {
                    tree.symbolicLink(minute + "/" + name + "-link.bin", foreignFile);
                }
            }
            case 8 -> {
                if (!Files.exists(tree.root().resolve(minute + "/" + (variant % 60)), LinkOption.NOFOLLOW_LINKS)) {
                    tree.symbolicLink(minute + "/" + (variant % 60), foreignTree);
                }
            }
            case 9 -> tree.directory(minute + "/" + (variant % 7) + "/empty-" + variant);
            case 10 -> tree.file(minute.replace("/7/7/", "/backup/7/") + "/" + name + ".bin", 5, OLD);
            default -> {
                String relative = variant % 13 == 12 ? minute + "/" + name + ".txt" : minute + "/" + name + ".bin";
                Path existing = tree.root().resolve(relative);
                if (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                    tree.file(relative, variant % 50, modified);
                    urls.accept(FileStoreLayout.STORE_PROTOCOL + relative);
                }
            }
        }
    }

    private static Sweep sweep(Path root, int readAhead, int threads, List<String> referenced) {
        RefusingFileAccess access = new RefusingFileAccess().refuseListing(root.resolve("2024/2/7/7/70/10"))
                .refuseListing(root.resolve("2025/5/31/12"));
        FileContentStoreWalker walker = new FileContentStoreWalker(root, 5, access, readAhead, threads);
        List<StoredBinary> walked = new ArrayList<>();
        StoreWalk walk = walker.walk();
        walk.forEachRemaining(walked::add);
        StoreWalk planned = walker.walk();
        OrphanSweep sweep = new OrphanPlanner(PROTECT).orphans(planned, referenced.iterator(), NOW);
        List<StoredBinary> orphans = new ArrayList<>();
        sweep.forEachRemaining(orphans::add);
        return new Sweep(walked, walk.summary(), orphans, sweep.summary());
    }

    private record Sweep(List<StoredBinary> walked, StoreWalkSummary walkSummary, List<StoredBinary> orphans,
                         OrphanSweepSummary sweepSummary) {
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
