package org.gdprretention.platform.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.platform.job.control.StopSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeletedContentStoreSweepTest {

    private static final Instant NOW = Instant.parse("2025-06-15T10:00:00Z");
    private static final Instant OLD = NOW.minus(Duration.ofDays(30));
    private static final Instant RECENT = NOW.minus(Duration.ofDays(2));

    @TempDir
    Path deletedStore;

    private final SweepFixtures fixtures = new SweepFixtures();

    /** Without a brake: these tests are about what qualifies, the brake has its own. */
    private double maxFraction = 1.0;

    private DeletedContentStoreSweep sweep(Path root) {
        DeletedContentStoreSweep sweep = new DeletedContentStoreSweep();
        sweep.setSweepAudit(fixtures.sweepAudit);
        sweep.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        sweep.setDeletedStoreRoot(root.toString());
        sweep.setMaxAge("P7D");
        sweep.setMaxFraction(maxFraction);
        sweep.afterPropertiesSet();
        return sweep;
    }

    @Test
    void removesBackupsOlderThanTheAgeAndNothingElse(@TempDir Path outside) {
        StoreFiles files = new StoreFiles(deletedStore);
        Path old = files.file("2023/4/1/9/15/old.bin", 100, OLD);
        Path recent = files.file("2023/4/1/9/15/recent.bin", 50, RECENT);
        Path notes = files.file("2023/4/1/9/15/notes.txt", 10, OLD);
        Path target = new StoreFiles(outside).file("precious.bin", 7, OLD);
        files.link("2023/4/1/9/15/linked.bin", target);

        SweepResult result = sweep(deletedStore).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(notes).exists();
        assertThat(target).exists();
        assertThat(old.getParent()).as("directories stay: ACS may write backups into them").isDirectory();
        assertThat(result).isEqualTo(new SweepResult("deletedContentStore", deletedStore.toString(), false, 2, 1, 100,
                1, 100, 1, 0, true, List.of()));
        assertThat(fixtures.onlyAuditEntry().action()).isEqualTo("sweep.deletedContentStore.removal");
    }

    @Test
    void theBrakeStopsARunThatWouldDeleteMoreThanTheFractionOfTheBackups() {
        StoreFiles files = new StoreFiles(deletedStore);
        Path old = files.file("2023/4/1/9/15/old.bin", 100, OLD);
        Path recent = files.file("2023/4/1/9/15/recent.bin", 50, RECENT);
        maxFraction = 0.10;

        SweepResult result = sweep(deletedStore).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(old).exists();
        assertThat(recent).exists();
        assertThat(result.brake()).isEqualTo(SweepResult.Brake.STOPPED);
        assertThat(result.problems()).singleElement().asString().contains("1 of 2 items (50.0%)");
        assertThat(fixtures.onlyAuditEntry().action()).isEqualTo("sweep.deletedContentStore.refused");
    }

    @Test
    void aDryRunCountsAndDeletesNothing() {
        StoreFiles files = new StoreFiles(deletedStore);
        Path old = files.file("2023/4/1/9/15/old.bin", 100, OLD);

        SweepResult result = sweep(deletedStore).run(SweepOptions.DRY_RUN, StopSignal.NEVER);

        assertThat(old).exists();
        assertThat(result.candidates()).isEqualTo(1);
        assertThat(result.candidateBytes()).isEqualTo(100);
        assertThat(result.removed()).isZero();
    }

    @Test
    void aMissingDirectoryIsReportedAsNotMountedHere() {
        Path missing = deletedStore.resolve("not-mounted");

        SweepResult result = sweep(missing).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(result.complete()).isFalse();
        assertThat(result.problems()).singleElement().asString().contains("does not exist on this node");
        assertThat(fixtures.onlyAuditEntry().details().get("problems")).contains("not-mounted");
    }

    @Test
    void aStoppedRunDeletesNoMore() {
        StoreFiles files = new StoreFiles(deletedStore);
        files.file("2023/4/1/9/15/a.bin", 1, OLD);
        files.file("2023/4/1/9/15/b.bin", 1, OLD);

        SweepResult result = sweep(deletedStore).run(SweepOptions.REMOVE, () -> true);

        assertThat(result.removed()).isZero();
        assertThat(result.complete()).isFalse();
        assertThat(deletedStore.resolve("2023/4/1/9/15/a.bin")).exists();
    }

    @Test
    void refusesABadAgeNamingTheProperty() {
        DeletedContentStoreSweep sweep = new DeletedContentStoreSweep();
        sweep.setSweepAudit(fixtures.sweepAudit);
        sweep.setDeletedStoreRoot(deletedStore.toString());
        sweep.setMaxAge("-P1D");

        assertThatThrownBy(sweep::afterPropertiesSet)
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid gdpr-retention.sweep.deletedStore.maxAge '-P1D'");
    }
}
