package org.gdprretention.platform.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.alfresco.repo.content.ContentStore;
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

    /** The live content store ({@code dir.contentstore}), a sibling as in ACS's default layout. */
    @TempDir
    Path liveStore;

    private final SweepFixtures fixtures = new SweepFixtures();
    private final FakeContentUrls urls = new FakeContentUrls();

    /** Without a brake: these tests are about what qualifies, the brake has its own. */
    private double maxFraction = 1.0;

    private DeletedContentStoreSweep sweep(Path root) {
        DeletedContentStoreSweep sweep = unstarted(root);
        sweep.afterPropertiesSet();
        return sweep;
    }

    private DeletedContentStoreSweep unstarted(Path root) {
        DeletedContentStoreSweep sweep = new DeletedContentStoreSweep();
        sweep.setSweepAudit(fixtures.sweepAudit);
        sweep.setContentDataDAO(urls);
        sweep.setTransactionService(fixtures.transactionService);
        sweep.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        sweep.setDeletedStoreRoot(root.toString());
        sweep.setLiveStoreRoots(List.of(liveStore.toString(), ""));
        sweep.setMaxAge("P7D");
        sweep.setMaxFraction(maxFraction);
        return sweep;
    }

    /** Old files of the live store, each with its content URL row, as ACS has them. */
    private List<Path> liveFiles(Path root) {
        StoreFiles files = new StoreFiles(root);
        List<Path> created = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String relative = "2023/4/1/9/15/live-" + i + ".bin";
            created.add(files.file(relative, 10, OLD));
            urls.add(StoreFiles.url(relative), 10, null);
        }
        return created;
    }

    private void assertRefused(SweepResult result, List<Path> kept, String reason) {
        assertThat(kept).allSatisfy(file -> assertThat(file).exists());
        assertThat(result.removed()).isZero();
        assertThat(result.complete()).isFalse();
        assertThat(result.problems()).anySatisfy(problem -> assertThat(problem).contains(reason));
        SweepFixtures.Entry entry = fixtures.onlyAuditEntry();
        assertThat(entry.action()).isEqualTo("sweep.deletedContentStore.refused");
        assertThat(entry.details().get("problems")).contains(reason);
    }

    @Test
    void theLiveContentStoreItselfIsRefused() {
        List<Path> live = liveFiles(liveStore);

        SweepResult result = sweep(liveStore).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertRefused(result, live, "is the live content store");
    }

    @Test
    void aLinkToTheLiveContentStoreIsRefused(@TempDir Path elsewhere) throws IOException {
        List<Path> live = liveFiles(liveStore);
        Path link = Files.createSymbolicLink(elsewhere.resolve("contentstore.deleted"), liveStore);

        SweepResult result = sweep(link).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertRefused(result, live, "is the live content store");
    }

    @Test
    void aDirectoryInsideTheLiveContentStoreIsRefused() throws IOException {
        List<Path> live = liveFiles(liveStore);
        Path inside = Files.createDirectories(liveStore.resolve("2023"));

        SweepResult result = sweep(inside).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertRefused(result, live, "lies inside the live content store");
    }

    @Test
    void aDirectoryThatContainsTheLiveContentStoreIsRefused(@TempDir Path alfData) throws IOException {
        Path contentstore = Files.createDirectory(alfData.resolve("contentstore"));
        List<Path> live = liveFiles(contentstore);
        liveStore = contentstore;

        SweepResult result = sweep(alfData).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertRefused(result, live, "contains the live content store");
    }

    @Test
    void theLiveStoreReportedByAcssStoreBeanCountsToo() {
        List<Path> live = liveFiles(deletedStore);
        ContentStore fileContentStore = mock(ContentStore.class);
        when(fileContentStore.getRootLocation()).thenReturn(deletedStore.toString());
        DeletedContentStoreSweep sweep = unstarted(deletedStore);
        sweep.setLiveContentStore(fileContentStore);
        sweep.afterPropertiesSet();

        SweepResult result = sweep.run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertRefused(result, live, "is the live content store");
    }

    @Test
    void aDirectoryWhoseFilesTheRepositoryStillReferencesIsRefused() {
        // a copy or a second mount of the live store: no path comparison can tell, the content URL rows do
        List<Path> live = liveFiles(deletedStore);

        SweepResult result = sweep(deletedStore).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertRefused(result, live, "store://2023/4/1/9/15/live-");
        assertThat(result.problems()).anySatisfy(problem -> assertThat(problem)
                .contains("have a content URL in the repository"));
    }

    @Test
    void aDirectoryMarkedAsARepositorysContentStoreIsRefused() throws IOException {
        // a live store on another node's mount: the content store sweep marked it as its repository's
        Path old = new StoreFiles(deletedStore).file("2023/4/1/9/15/old.bin", 100, OLD);
        Files.writeString(StoreMarker.fileIn(deletedStore), "repositoryId=repo-a\n");

        SweepResult result = sweep(deletedStore).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertRefused(result, List.of(old), "is marked as a repository's live content store");
    }

    @Test
    void aMaximumAgeUnderOneDayIsRefusedAtStartUp() {
        DeletedContentStoreSweep sweep = unstarted(deletedStore);
        sweep.setMaxAge("PT12H");

        assertThatThrownBy(sweep::afterPropertiesSet)
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("gdpr-retention.sweep.deletedStore.maxAge").hasMessageContaining("at least PT24H");
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
    void aRunReportsItsProgressAsItGoes() {
        StoreFiles files = new StoreFiles(deletedStore);
        files.file("2023/4/1/9/15/old.bin", 100, OLD);
        files.file("2023/4/1/9/15/older.bin", 40, OLD.minus(Duration.ofDays(1)));
        files.file("2023/4/1/9/15/recent.bin", 50, RECENT);
        List<SweepProgress.Snapshot> seen = new java.util.ArrayList<>();
        SweepProgress progress = new SweepProgress();
        StopSignal watching = () -> {
            seen.add(progress.snapshot());
            return false;
        };

        sweep(deletedStore).run(SweepOptions.REMOVE, watching, progress);

        assertThat(seen).as("the counting pass counts up before it knows its total")
                .anySatisfy(s -> assertThat(s).matches(p -> p.phase() == SweepProgress.Phase.SURVEY
                        && p.total() == null && p.processed() > 0));
        assertThat(seen).as("the removing pass counts against what the counting pass found")
                .anySatisfy(s -> assertThat(s).matches(p -> p.phase() == SweepProgress.Phase.REMOVE
                        && Long.valueOf(2).equals(p.total()) && p.processed() == 1 && p.bytes() > 0));
        assertThat(progress.snapshot()).isEqualTo(new SweepProgress.Snapshot(SweepProgress.Phase.DONE, 2, 2L, 140));
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
        DeletedContentStoreSweep sweep = unstarted(deletedStore);
        sweep.setMaxAge("-P1D");

        assertThatThrownBy(sweep::afterPropertiesSet)
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid gdpr-retention.sweep.deletedStore.maxAge '-P1D'");
    }
}
