package org.gdprretention.platform.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFileRemoverTest {

    private static final Instant CUTOFF = Instant.parse("2025-06-14T10:00:00Z");

    @TempDir
    Path root;

    private StoreFileRemover remover() {
        return new StoreFileRemover(root);
    }

    @Test
    void deletesAnOldRegularFileAndReportsItsSize() {
        Path file = new StoreFiles(root).file("a.bin", 42, CUTOFF.minus(Duration.ofDays(1)));

        StoreFileRemover.Removal removal = remover().remove(file, CUTOFF);

        assertThat(removal.outcome()).isEqualTo(StoreFileRemover.Outcome.DELETED);
        assertThat(removal.bytes()).isEqualTo(42);
        assertThat(file).doesNotExist();
    }

    @Test
    void leavesAFileThatWasWrittenAgainSinceTheWalk() {
        Path file = new StoreFiles(root).file("a.bin", 42, CUTOFF);

        assertThat(remover().remove(file, CUTOFF).outcome())
                .isEqualTo(StoreFileRemover.Outcome.CHANGED_SINCE_WALK);
        assertThat(file).exists();
    }

    @Test
    void neverDeletesALinkNorWhatItPointsTo(@TempDir Path outside) {
        Path target = new StoreFiles(outside).file("target.bin", 1, CUTOFF.minus(Duration.ofDays(9)));
        Path link = new StoreFiles(root).link("a.bin", target);

        assertThat(remover().remove(link, CUTOFF).outcome())
                .isEqualTo(StoreFileRemover.Outcome.CHANGED_SINCE_WALK);
        assertThat(link).isSymbolicLink();
        assertThat(target).exists();
    }

    @Test
    void aFileAlreadyGoneIsNotAFailure() {
        assertThat(remover().remove(root.resolve("gone.bin"), CUTOFF).outcome())
                .isEqualTo(StoreFileRemover.Outcome.ALREADY_GONE);
    }

    @Test
    void aDirectorySwappedForALinkBetweenTheLookAndTheDeletionCannotRedirectIt(@TempDir Path outside)
            throws IOException {
        Instant old = CUTOFF.minus(Duration.ofDays(9));
        Path stored = new StoreFiles(root).file("2025/5/1/10/0/a.bin", 42, old);
        Path precious = new StoreFiles(outside).file("a.bin", 7, old);
        Path minute = root.resolve("2025/5/1/10/0");
        Path movedAway = root.resolve("2025/5/1/10/moved");
        // the attack: once the file was looked at, its directory is renamed and a link to elsewhere put in its place
        StoreFileRemover.BetweenCheckAndDelete swap = file -> {
            Files.move(minute, movedAway);
            Files.createSymbolicLink(minute, outside);
        };

        StoreFileRemover.Removal removal;
        try (StoreFileRemover remover = new StoreFileRemover(root, Files::newDirectoryStream, swap)) {
            removal = remover.remove(stored, CUTOFF);
        }

        assertThat(precious).as("outside the store: untouched").exists().hasSize(7);
        assertThat(movedAway.resolve("a.bin")).as("the file that was looked at is the one deleted").doesNotExist();
        assertThat(removal.outcome()).isEqualTo(StoreFileRemover.Outcome.DELETED);
        assertThat(removal.bytes()).isEqualTo(42);
    }

    @Test
    void aDirectoryOnTheWayThatIsALinkIsNotEntered(@TempDir Path outside) throws IOException {
        Instant old = CUTOFF.minus(Duration.ofDays(9));
        Path precious = new StoreFiles(outside).file("0/a.bin", 7, old);
        Files.createDirectories(root.resolve("2025/5/1/10"));
        Files.createSymbolicLink(root.resolve("2025/5/1/10/0"), outside.resolve("0"));

        StoreFileRemover.Removal removal = remover().remove(root.resolve("2025/5/1/10/0/a.bin"), CUTOFF);

        assertThat(precious).exists();
        assertThat(removal.outcome()).isEqualTo(StoreFileRemover.Outcome.FAILED);
    }

    @Test
    void whereThePlatformOffersNoDeletionRelativeToAnOpenDirectoryNothingIsDeleted() throws IOException {
        Path file = new StoreFiles(root).file("2025/5/1/10/0/a.bin", 42, CUTOFF.minus(Duration.ofDays(1)));
        // a directory stream without the secure operations, as on Windows
        StoreFileRemover.DirectoryOpener plain = directory -> {
            DirectoryStream<Path> real = Files.newDirectoryStream(directory);
            return new DirectoryStream<>() {
                @Override
                public java.util.Iterator<Path> iterator() {
                    return real.iterator();
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        };

        StoreFileRemover.Removal removal;
        try (StoreFileRemover remover = new StoreFileRemover(root, plain, f -> { })) {
            removal = remover.remove(file, CUTOFF);
        }

        assertThat(file).exists();
        assertThat(removal.outcome()).isEqualTo(StoreFileRemover.Outcome.FAILED);
        assertThat(removal.problem()).contains("SecureDirectoryStream");
        assertThat(StoreFileRemover.unsupported(root, plain)).get().asString().contains("deletes nothing");
        assertThat(StoreFileRemover.unsupported(root)).as("Linux offers it").isEmpty();
    }

    @Test
    void aPathOutsideTheRootIsRefused(@TempDir Path outside) {
        Path elsewhere = new StoreFiles(outside).file("a.bin", 7, CUTOFF.minus(Duration.ofDays(9)));

        assertThat(remover().remove(root.resolve("../" + outside.getFileName() + "/a.bin"), CUTOFF).outcome())
                .isEqualTo(StoreFileRemover.Outcome.FAILED);
        assertThat(elsewhere).exists();
    }
}
