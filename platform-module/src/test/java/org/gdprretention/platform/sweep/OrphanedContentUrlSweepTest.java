package org.gdprretention.platform.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.gdprretention.platform.job.control.StopSignal;
import org.junit.jupiter.api.Test;

class OrphanedContentUrlSweepTest {

    private static final Instant NOW = Instant.parse("2025-06-15T10:00:00Z");
    private static final long YESTERDAY = NOW.minusSeconds(86_400).toEpochMilli();
    private static final long TEN_MINUTES_AGO = NOW.minusSeconds(600).toEpochMilli();

    private final SweepFixtures fixtures = new SweepFixtures();
    private final FakeContentUrls urls = fixtures.transactional(new FakeContentUrls());

    private OrphanedContentUrlSweep sweep(int pageSize, int surveyLimit, double maxFraction) {
        OrphanedContentUrlSweep sweep = new OrphanedContentUrlSweep();
        sweep.setContentDataDAO(urls);
        sweep.setEagerContentStoreCleaner(fixtures.cleaner);
        sweep.setTransactionService(fixtures.transactionService);
        sweep.setSweepAudit(fixtures.sweepAudit);
        sweep.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        sweep.setPageSize(pageSize);
        sweep.setSurveyLimit(surveyLimit);
        sweep.setSafetyAge("PT1H");
        sweep.setMaxFraction(maxFraction);
        sweep.afterPropertiesSet();
        return sweep;
    }

    /** Without a brake: these tests are about what qualifies, the brake has its own. */
    private OrphanedContentUrlSweep sweep() {
        return sweep(100, 100, 1.0);
    }

    private static String url(String name) {
        return "store://2025/1/1/0/0/" + name + ".bin";
    }

    @Test
    void removesAUrlTheCacheStillShowsReferencedWhenTheDatabaseListsItOrphaned() {
        // read while the document lived (cached without orphan time), then orphaned by the document's deletion
        urls.add(url("purged"), 10, null);
        urls.getContentUrl(url("purged"));
        urls.orphan(url("purged"), YESTERDAY);
        urls.add(url("b"), 20, YESTERDAY);
        urls.add(url("live"), 40, null);

        SweepResult result = sweep().run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(fixtures.binariesDeleted).containsExactlyInAnyOrder(url("purged"), url("b"));
        assertThat(urls.has(url("purged"))).isFalse();
        assertThat(urls.has(url("b"))).isFalse();
        assertThat(urls.has(url("live"))).isTrue();
        assertThat(result).isEqualTo(new SweepResult("orphanedContentUrls", "orphaned content URLs", false, 2, 2, 30,
                2, 30, 0, 0, true, List.of()));
        assertThat(fixtures.transactions).as("survey, one page listed, deleted and registered in one, the audit")
                .containsExactly("read-only", "read-write", "read-write");
        assertThat(fixtures.onlyAuditEntry().action()).isEqualTo("sweep.orphanedContentUrls.removal");
    }

    @Test
    void aUrlReferencedAgainKeepsItsOrphanTimeButStays() {
        urls.add(url("a"), 10, YESTERDAY);
        urls.add(url("reused"), 20, YESTERDAY);
        urls.getContentUrl(url("reused"));
        urls.reference(url("reused"));

        SweepResult result = sweep().run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(fixtures.binariesDeleted).containsExactly(url("a"));
        assertThat(urls.has(url("reused"))).isTrue();
        assertThat(result.removed()).isEqualTo(1);
        assertThat(result.complete()).isTrue();
    }

    @Test
    void aUrlReferencedBetweenTheQueryAndTheDeleteIsSavedByTheForeignKeyAndTheRestGoes() {
        urls.add(url("a"), 10, YESTERDAY);
        urls.add(url("racing"), 20, YESTERDAY);
        urls.add(url("c"), 40, YESTERDAY);
        int[] queries = {0};
        urls.afterOrphanQuery = () -> {
            // the second query is the removal's first page: a writer takes the URL up right after it
            if (++queries[0] == 2) {
                urls.reference(url("racing"));
            }
        };

        SweepResult result = sweep().run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(urls.has(url("racing"))).isTrue();
        assertThat(fixtures.binariesDeleted).containsExactlyInAnyOrder(url("a"), url("c"));
        assertThat(result.removed()).isEqualTo(2);
        assertThat(result.failed()).isZero();
        assertThat(fixtures.transactions).as("the refused page rolled back and ran again; then the audit")
                .containsExactly("read-only", "read-write", "read-write", "read-write");
    }

    @Test
    void urlsOrphanedWithinTheSafetyAgeWait() {
        urls.add(url("old"), 1, YESTERDAY);
        urls.add(url("just-now"), 2, TEN_MINUTES_AGO);

        SweepResult result = sweep().run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(fixtures.binariesDeleted).containsExactly(url("old"));
        assertThat(urls.has(url("just-now"))).isTrue();
        assertThat(result.scanned()).isEqualTo(2);
        assertThat(result.kept()).isEqualTo(1);
    }

    @Test
    void aDryRunCountsUrlsBytesAndTheFractionAndChangesNothing() {
        urls.add(url("a"), 10, YESTERDAY);
        urls.add(url("b"), 20, YESTERDAY);
        urls.add(url("young"), 20, TEN_MINUTES_AGO);
        urls.add(url("young2"), 20, TEN_MINUTES_AGO);

        SweepResult result = sweep().run(SweepOptions.DRY_RUN, StopSignal.NEVER);

        assertThat(fixtures.binariesDeleted).isEmpty();
        assertThat(urls.deleted).isEmpty();
        assertThat(result).isEqualTo(new SweepResult("orphanedContentUrls", "orphaned content URLs", true, 4, 2, 30,
                0, 0, 2, 0, true, List.of()));
        assertThat(result.summary()).contains("would remove 2 (30 bytes, 50.0%)");
        assertThat(fixtures.onlyAuditEntry().action()).isEqualTo("sweep.orphanedContentUrls.dry-run");
        assertThat(fixtures.onlyAuditEntry().details()).containsEntry("fraction", "50.0%");
    }

    @Test
    void theBrakeStopsARunThatWouldRemoveMoreThanTheFractionAndAnAdministratorCanOverrideItOnce() {
        urls.add(url("a"), 10, YESTERDAY);
        urls.add(url("b"), 20, YESTERDAY);
        urls.add(url("young"), 40, TEN_MINUTES_AGO);

        SweepResult braked = sweep(100, 100, 0.5).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(braked.brake()).isEqualTo(SweepResult.Brake.STOPPED);
        assertThat(braked.removed()).isZero();
        assertThat(braked.complete()).isFalse();
        assertThat(braked.problems()).singleElement().asString().contains("2 of 3 items (66.7%)")
                .contains("gdpr-retention.sweep.maxFraction (50.0%)").contains("nothing was removed");
        assertThat(fixtures.binariesDeleted).isEmpty();
        assertThat(urls.deleted).isEmpty();
        assertThat(fixtures.onlyAuditEntry().action()).isEqualTo("sweep.orphanedContentUrls.refused");

        SweepResult overridden = sweep(100, 100, 0.5).run(SweepOptions.REMOVE_PAST_BRAKE, StopSignal.NEVER);

        assertThat(overridden.brake()).isEqualTo(SweepResult.Brake.OVERRIDDEN);
        assertThat(overridden.removed()).isEqualTo(2);
        assertThat(fixtures.binariesDeleted).containsExactlyInAnyOrder(url("a"), url("b"));
        assertThat(fixtures.auditEntries.get(1).details()).containsEntry("brake", "overridden");
    }

    @Test
    void removalReadsPageAfterPageEachInOneTransaction() {
        for (int i = 0; i < 5; i++) {
            urls.add(url(Integer.toString(i)), 1, YESTERDAY);
        }

        SweepResult result = sweep(2, 100, 1.0).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(urls.deleted).hasSize(5);
        assertThat(fixtures.binariesDeleted).hasSize(5);
        assertThat(result.removed()).isEqualTo(5);
        assertThat(result.complete()).isTrue();
        assertThat(fixtures.transactions).as("survey, three pages, the audit")
                .containsExactly("read-only", "read-write", "read-write", "read-write", "read-write");
    }

    @Test
    void aPageThatCannotBeRemovedIsRolledBackWholeAndStopsTheRun() {
        for (int i = 0; i < 4; i++) {
            urls.add(url(Integer.toString(i)), 1, YESTERDAY);
        }
        doThrow(new IllegalStateException("store is read-only")).when(fixtures.cleaner)
                .registerOrphanedContentUrl(anyString(), anyBoolean());

        SweepResult result = sweep(2, 100, 1.0).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(result.removed()).isZero();
        assertThat(result.failed()).isEqualTo(2);
        assertThat(result.complete()).isFalse();
        assertThat(result.problems()).singleElement().asString().contains("store is read-only");
        assertThat(urls.deleted).as("the rows' delete rolled back with the page").isEmpty();
        assertThat(urls.has(url("0"))).isTrue();
    }

    @Test
    void moreOrphansThanTheSurveyMayCountRemovesNothing() {
        for (int i = 0; i < 3; i++) {
            urls.add(url(Integer.toString(i)), 1, YESTERDAY);
        }

        SweepResult result = sweep(100, 2, 1.0).run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(result.removed()).isZero();
        assertThat(result.complete()).isFalse();
        assertThat(result.problems()).anySatisfy(problem -> assertThat(problem).contains("the first 2 were counted"));
        assertThat(urls.deleted).isEmpty();
    }

    @Test
    void aStoppedRunLeavesTheRestAndSaysItIsIncomplete() {
        for (int i = 0; i < 4; i++) {
            urls.add(url(Integer.toString(i)), 1, YESTERDAY);
        }
        StopSignal afterTwo = () -> urls.deleted.size() >= 2;

        SweepResult result = sweep(2, 100, 1.0).run(SweepOptions.REMOVE, afterTwo);

        assertThat(urls.deleted).hasSize(2);
        assertThat(result.complete()).isFalse();
    }
}
