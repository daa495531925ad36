package org.gdprretention.platform.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFileRemoverTest {

    private static final Instant CUTOFF = Instant.parse("2025-06-14T10:00:00Z");

    @TempDir
    Path root;

    @Test
    void deletesAnOldRegularFileAndReportsItsSize() {
        Path file = new StoreFiles(root).file("a.bin", 42, CUTOFF.minus(Duration.ofDays(1)));

        StoreFileRemover.Removal removal = StoreFileRemover.remove(file, CUTOFF);

        assertThat(removal.outcome()).isEqualTo(StoreFileRemover.Outcome.DELETED);
        assertThat(removal.bytes()).isEqualTo(42);
        assertThat(file).doesNotExist();
    }

    @Test
    void leavesAFileThatWasWrittenAgainSinceTheWalk() {
        Path file = new StoreFiles(root).file("a.bin", 42, CUTOFF);

        assertThat(StoreFileRemover.remove(file, CUTOFF).outcome())
                .isEqualTo(StoreFileRemover.Outcome.CHANGED_SINCE_WALK);
        assertThat(file).exists();
    }

    @Test
    void neverDeletesALinkNorWhatItPointsTo(@TempDir Path outside) {
        Path target = new StoreFiles(outside).file("target.bin", 1, CUTOFF.minus(Duration.ofDays(9)));
        Path link = new StoreFiles(root).link("a.bin", target);

        assertThat(StoreFileRemover.remove(link, CUTOFF).outcome())
                .isEqualTo(StoreFileRemover.Outcome.CHANGED_SINCE_WALK);
        assertThat(link).isSymbolicLink();
        assertThat(target).exists();
    }

    @Test
    void aFileAlreadyGoneIsNotAFailure() {
        assertThat(StoreFileRemover.remove(root.resolve("gone.bin"), CUTOFF).outcome())
                .isEqualTo(StoreFileRemover.Outcome.ALREADY_GONE);
    }
}
