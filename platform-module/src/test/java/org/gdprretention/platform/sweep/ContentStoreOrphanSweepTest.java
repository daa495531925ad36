package org.gdprretention.platform.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.alfresco.repo.content.ContentStore;
import org.alfresco.service.descriptor.Descriptor;
import org.alfresco.service.descriptor.DescriptorService;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.platform.job.control.StopSignal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filesystem-against-database sweep on a real store tree, with the repository's URL table faked. */
class ContentStoreOrphanSweepTest {

    private static final Instant NOW = Instant.parse("2025-06-15T10:00:00Z");
    private static final Instant OLD = NOW.minus(Duration.ofDays(90));
    private static final Instant NEW = NOW.minus(Duration.ofHours(1));

    @TempDir
    Path store;

    @TempDir
    Path outside;

    private final SweepFixtures fixtures = new SweepFixtures();
    private final FakeContentUrls urls = new FakeContentUrls();

    private Path referencedOld;
    private Path unreferencedOld;
    private Path unreferencedOldOctober;
    private Path unreferencedNew;
    private Path referencedNew;
    private Path notes;
    private Path linkTarget;

    @BeforeEach
    void buildStore() {
        StoreFiles files = new StoreFiles(store);
        referencedOld = files.file("2025/5/1/10/0/referenced-old.bin", 10, OLD);
        unreferencedOld = files.file("2025/5/1/10/0/unreferenced-old.bin", 20, OLD);
        unreferencedOldOctober = files.file("2024/10/1/10/0/unreferenced-old.bin", 40, OLD);
        unreferencedNew = files.file("2025/6/15/9/0/unreferenced-new.bin", 80, NEW);
        referencedNew = files.file("2025/6/15/9/0/referenced-new.bin", 160, NEW);
        notes = files.file("2025/5/1/10/0/notes.txt", 320, OLD);
        linkTarget = new StoreFiles(outside).file("elsewhere.bin", 640, OLD);
        files.link("2025/5/1/10/0/linked.bin", linkTarget);
        urls.add(StoreFiles.url("2025/5/1/10/0/referenced-old.bin"), 10, null);
        urls.add(StoreFiles.url("2025/6/15/9/0/referenced-new.bin"), 160, null);
        urls.add(StoreFiles.url("2025/1/1/1/1/only-in-database.bin"), 5, null);
    }

    private ContentStoreOrphanSweep sweep(Path root, int batchSize) {
        return sweep(root.toString(), null, batchSize);
    }

    /** Without a brake: these tests are about what qualifies, the brake has its own. */
    private double maxFraction = 1.0;

    /** What ACS's DescriptorService reports as the repository's id: "Unknown" until its descriptor is loaded. */
    private String repositoryId = "repo-a";

    private DescriptorService descriptorService() {
        Descriptor descriptor = mock(Descriptor.class);
        when(descriptor.getId()).thenAnswer(call -> repositoryId);
        DescriptorService descriptorService = mock(DescriptorService.class);
        when(descriptorService.getCurrentRepositoryDescriptor()).thenReturn(descriptor);
        return descriptorService;
    }

    private ContentStoreOrphanSweep sweep(String configuredRoot, ContentStore acsStore, int batchSize) {
        ContentStoreOrphanSweep sweep = new ContentStoreOrphanSweep();
        sweep.setDescriptorService(descriptorService());
        sweep.setContentStore(acsStore);
        sweep.setReferencedContentUrls(urls.table());
        sweep.setSweepAudit(fixtures.sweepAudit);
        sweep.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        sweep.setContentStoreRoot(configuredRoot);
        sweep.setProtectWindow("PT24H");
        sweep.setBatchSize(batchSize);
        sweep.setMaxFraction(maxFraction);
        sweep.afterPropertiesSet();
        return sweep;
    }

    @Test
    void aDryRunCountsOldUnreferencedFilesAndTouchesNothing() {
        SweepResult result = sweep(store, 2).run(SweepOptions.DRY_RUN, StopSignal.NEVER);

        assertThat(result.scanned()).isEqualTo(5);
        assertThat(result.candidates()).isEqualTo(2);
        assertThat(result.candidateBytes()).isEqualTo(60);
        assertThat(result.kept()).as("2 referenced + 1 too young").isEqualTo(3);
        assertThat(result.removed()).isZero();
        assertThat(result.complete()).isTrue();
        assertThat(urls.urlsLookedUpInBatches).as("each .bin file looked up once").isEqualTo(5);
        assertThat(urls.lookupsByUrl).as("never through ACS's content URL cache").isZero();
        assertThat(unreferencedOld).exists();
        assertThat(unreferencedOldOctober).exists();
        assertThat(fixtures.onlyAuditEntry().action()).isEqualTo("sweep.contentStoreOrphans.dry-run");
    }

    @Test
    void removesOnlyOldUnreferencedFilesAfterACompleteCountingPass() {
        SweepResult result = sweep(store, 2).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(unreferencedOld).doesNotExist();
        assertThat(unreferencedOldOctober).doesNotExist();
        assertThat(referencedOld).exists();
        assertThat(referencedNew).exists();
        assertThat(unreferencedNew).as("inside the protect window: may be an upload in flight").exists();
        assertThat(notes).as("not a .bin file").exists();
        assertThat(linkTarget).as("a link is neither followed nor deleted").exists();
        assertThat(store.resolve("2025/5/1/10/0/linked.bin")).isSymbolicLink();
        // looked up again in the deleting pass, which ends once it has met the orphans the counting pass counted
        // (the last batch, with only referenced-new.bin and unreferenced-new.bin, is not needed)
        assertThat(urls.urlsLookedUpInBatches).as("looked up again in the deleting pass").isEqualTo(9);
        assertThat(result.removed()).isEqualTo(2);
        assertThat(result.removedBytes()).isEqualTo(60);
        assertThat(result.complete()).isTrue();
        assertThat(fixtures.onlyAuditEntry().details()).containsEntry("removed", "2");
    }

    @Test
    void theBrakeStopsARunThatWouldDeleteMoreThanTheFractionOfTheFilesItLookedAt() {
        maxFraction = 0.10;

        SweepResult result = sweep(store, 2).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(unreferencedOld).exists();
        assertThat(unreferencedOldOctober).exists();
        assertThat(result.brake()).isEqualTo(SweepResult.Brake.STOPPED);
        assertThat(result.removed()).isZero();
        assertThat(result.problems()).singleElement().asString().contains("2 of 5 items (40.0%)");
        assertThat(fixtures.onlyAuditEntry().action()).isEqualTo("sweep.contentStoreOrphans.refused");
    }

    @Test
    void aProtectWindowUnderOneHourIsRefusedBecauseUploadsWriteTheFileFirst() {
        ContentStoreOrphanSweep sweep = new ContentStoreOrphanSweep();
        sweep.setDescriptorService(descriptorService());
        sweep.setReferencedContentUrls(urls.table());
        sweep.setSweepAudit(fixtures.sweepAudit);
        sweep.setContentStoreRoot(store.toString());
        sweep.setProtectWindow("PT0S");

        assertThatThrownBy(sweep::afterPropertiesSet)
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("gdpr-retention.sweep.protectWindow").hasMessageContaining("at least PT1H");
    }

    @Test
    void aCountingPassThatDoesNotFinishDeletesNothing() {
        // stops after the first batch of the first pass
        StopSignal stopAfterFirstBatch = () -> urls.urlsLookedUpInBatches >= 2;

        SweepResult result = sweep(store, 2).run(SweepOptions.REMOVE, stopAfterFirstBatch);

        assertThat(result.removed()).isZero();
        assertThat(result.complete()).isFalse();
        assertThat(result.problems()).anySatisfy(problem -> assertThat(problem).contains("did not finish"));
        assertThat(unreferencedOld).exists();
        assertThat(unreferencedOldOctober).exists();
    }

    @Test
    void aStoreOfWhichTheRepositoryKnowsNoFileIsRefused() throws IOException {
        Path foreign = Files.createDirectory(outside.resolve("other-store"));
        Path stray = new StoreFiles(foreign).file("2020/1/1/0/0/foreign.bin", 1, OLD);

        SweepResult result = sweep(foreign, 2).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(stray).exists();
        assertThat(result.removed()).isZero();
        assertThat(result.problems()).anySatisfy(problem -> assertThat(problem)
                .contains("none of the 1 files").contains("is this its content store"));
        assertThat(StoreMarker.fileIn(foreign)).as("a store is marked only once it is proven this repository's")
                .doesNotExist();
    }

    @Test
    void theFirstRunMarksTheStoreWithTheRepositorysIdOnceTheRepositoryKnowsFilesInIt() throws IOException {
        sweep(store, 2).run(SweepOptions.DRY_RUN, StopSignal.NEVER);

        assertThat(Files.readAllLines(StoreMarker.fileIn(store))).contains("repositoryId=repo-a");
        SweepResult second = sweep(store, 2).run(SweepOptions.REMOVE, StopSignal.NEVER);
        assertThat(second.removed()).as("a store marked for this repository is swept").isEqualTo(2);
        assertThat(second.scanned()).as("the marker is not a binary").isEqualTo(5);
    }

    @Test
    void aStoreMarkedForAnotherRepositoryIsRefusedBeforeItIsWalked() throws IOException {
        // a test system pointed at production's store: production's sweep marked it
        Files.writeString(StoreMarker.fileIn(store), "repositoryId=repo-production\n");

        SweepResult result = sweep(store, 2).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(unreferencedOld).exists();
        assertThat(unreferencedOldOctober).exists();
        assertThat(result.removed()).isZero();
        assertThat(result.refused()).isTrue();
        assertThat(urls.urlsLookedUpInBatches).as("not walked, not looked up").isZero();
        assertThat(result.problems()).singleElement().asString()
                .contains("repository repo-production").contains("this repository is repo-a");
        SweepFixtures.Entry entry = fixtures.onlyAuditEntry();
        assertThat(entry.action()).isEqualTo("sweep.contentStoreOrphans.refused");
        assertThat(entry.details().get("problems")).contains("repo-production");
    }

    @Test
    void aMarkerThatIsALinkIsNotTrusted() throws IOException {
        Path elsewhere = Files.writeString(outside.resolve("marker"), "repositoryId=repo-a\n");
        Files.createSymbolicLink(StoreMarker.fileIn(store), elsewhere);

        SweepResult result = sweep(store, 2).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(unreferencedOld).exists();
        assertThat(result.refused()).isTrue();
        assertThat(result.problems()).singleElement().asString().contains("not a regular file");
    }

    @Test
    void nothingIsDeletedBeforeTheRepositoryKnowsItsOwnId() {
        repositoryId = "Unknown";

        SweepResult result = sweep(store, 2).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(unreferencedOld).exists();
        assertThat(result.refused()).isTrue();
        assertThat(result.problems()).singleElement().asString().contains("id is not known yet");
        assertThat(StoreMarker.fileIn(store)).doesNotExist();
    }

    @Test
    void theDeletingPassStopsWhenItFindsNotablyMoreOrphansThanTheCountingPass() {
        // between the passes the repository stops knowing a file it knew: a restored or switched database
        urls.beforeLookupByUrl = number -> {
            if (number == 6) {
                urls.forget(StoreFiles.url("2025/5/1/10/0/referenced-old.bin"));
            }
        };

        SweepResult result = sweep(store, 2).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(referencedOld).as("the repository's file a moment ago").exists();
        assertThat(unreferencedOldOctober).as("its batch was judged as a whole, before any deletion").exists();
        assertThat(result.removed()).isZero();
        assertThat(result.refused()).isTrue();
        assertThat(result.complete()).isFalse();
        assertThat(result.problems()).anySatisfy(problem -> assertThat(problem)
                .contains("the deleting pass found 2 orphans").contains("the counting pass had found 1"));
        assertThat(fixtures.onlyAuditEntry().action()).isEqualTo("sweep.contentStoreOrphans.refused");
    }

    @Test
    void aRootThatIsNotADirectorySaysTheStoreIsNotAFileStore() throws IOException {
        Path notADirectory = Files.writeString(outside.resolve("s3-bucket-name"), "x");

        SweepResult result = sweep(notADirectory, 2).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(result.complete()).isFalse();
        assertThat(result.scanned()).isZero();
        assertThat(result.problems()).singleElement().asString()
                .contains("not a directory").contains("not a file store");
        assertThat(fixtures.onlyAuditEntry().details().get("problems")).contains("not a file store");
    }

    @Test
    void withoutAConfiguredDirectoryTheSweepWalksWhereAcssContentStoreKeepsItsFiles() {
        ContentStore acsStore = mock(ContentStore.class);
        when(acsStore.getRootLocation()).thenReturn(store.toString());

        SweepResult result = sweep("", acsStore, 2).run(SweepOptions.DRY_RUN, StopSignal.NEVER);

        assertThat(result.target()).isEqualTo(store.toString());
        assertThat(result.scanned()).isEqualTo(5);
        assertThat(result.candidates()).isEqualTo(2);
    }

    @Test
    void aContentStoreWithoutAFileLocationIsNamedAsNotAFileStore() {
        ContentStore objectStorage = mock(ContentStore.class);
        when(objectStorage.getRootLocation()).thenReturn(null);

        SweepResult result = sweep(" ", objectStorage, 2).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(result.scanned()).isZero();
        assertThat(result.problems()).singleElement().asString()
                .contains("gdpr-retention.sweep.contentStoreRoot").contains("not a file store");
    }

    @Test
    void anUnreadableDirectoryIsReportedAndLeftAloneWhileTheRestIsSwept() throws IOException {
        Path lockedFile = new StoreFiles(store).file("2025/3/1/10/0/locked-unreferenced.bin", 1, OLD);
        Path locked = store.resolve("2025/3");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "this process reads mode-000 directories (it runs as root); the"
                    + " engine's walker tests prove the reporting with a refusing file system instead");

            SweepResult result = sweep(store, 2).run(SweepOptions.REMOVE, StopSignal.NEVER);

            assertThat(result.removed()).isEqualTo(2);
            assertThat(result.problems()).anySatisfy(problem -> assertThat(problem).contains("unreadable: 2025/3"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(lockedFile).exists();
    }
}
