package org.gdprretention.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walker feeds the orphan planner straight from a real store tree: only old, unreferenced binaries remain. */
class StoreWalkOrphanSweepTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Duration PROTECT = Duration.ofHours(24);
    private static final Instant OLD = NOW.minus(Duration.ofDays(90));
    private static final Instant NEW = NOW.minus(Duration.ofHours(1));

    @TempDir
    Path root;

    @Test
    void oldUnreferencedBinariesAreOrphansAndNothingElse(@TempDir Path outside) {
        StoreTree tree = new StoreTree(root);
        tree.file("2025/2/10/8/15/old-referenced.bin", 10, OLD);
        tree.file("2025/2/10/8/15/old-unreferenced.bin", 20, OLD);
        tree.file("2025/10/1/0/0/old-unreferenced-october.bin", 40, OLD);
        tree.file("2025/6/1/11/0/new-unreferenced.bin", 30, NEW);
        tree.file("2025/6/1/11/0/new-referenced.bin", 50, NEW);
        tree.file("2025/2/10/8/15/report.txt", 60, OLD);
        tree.symbolicLink("2025/2/10/8/15/linked.bin", new StoreTree(outside).file("elsewhere.bin", 70, OLD));
        List<String> referenced = List.of("store://2025/2/10/8/15/old-referenced.bin",
                "store://2025/6/1/11/0/new-referenced.bin", "store://2025/9/9/9/9/missing-on-disk.bin");
        StoreWalk walk = new FileContentStoreWalker(root).walk();

        OrphanSweep sweep = new OrphanPlanner(PROTECT).orphans(walk, referenced.iterator(), NOW);
        List<String> orphans = new ArrayList<>();
        sweep.forEachRemaining(orphan -> orphans.add(orphan.contentUrl()));

        assertThat(orphans).containsExactly("store://2025/10/1/0/0/old-unreferenced-october.bin",
                "store://2025/2/10/8/15/old-unreferenced.bin");
        assertThat(sweep.summary()).isEqualTo(new OrphanSweepSummary(5, 2, 1, 2, 60, true));
        assertThat(walk.summary().otherEntriesSkipped()).isEqualTo(1);
        assertThat(walk.summary().symbolicLinksSkipped()).isEqualTo(1);
    }
}
