package org.gdprretention.platform.rest.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gdprretention.platform.sweep.SweepProgress;
import org.gdprretention.platform.sweep.SweepResult;
import org.gdprretention.platform.sweep.SweepStatusStore;
import org.junit.jupiter.api.Test;

/** What every server reads of a sweep: a run whose server stopped beating is not running; the last result stays. */
class SweepStatusStoreTest {

    private static final Instant START = Instant.parse("2026-11-30T21:00:00Z");

    private final InMemoryAttributes attributes = new InMemoryAttributes();
    private final SweepStatusStore store = new SweepStatusStore();

    SweepStatusStoreTest() {
        store.setAttributeService(attributes.service());
        store.setTransactionService(attributes.transactionService());
        store.afterPropertiesSet();
    }

    @Test
    void aRunIsRunningWhileItsHeartbeatIsFreshAndNotAfterItsServerStopped() {
        store.running("trashcan", new SweepStatusStore.Running(START, true, "olivia",
                new SweepProgress.Snapshot(SweepProgress.Phase.SURVEY, 40, null, 1024), START.plusSeconds(10)));

        assertThat(store.running("trashcan", START.plusSeconds(20), Duration.ofSeconds(35)))
                .hasValueSatisfying(running -> {
                    assertThat(running.progress().processed()).isEqualTo(40);
                    assertThat(running.progress().total()).isNull();
                    assertThat(running.startedBy()).isEqualTo("olivia");
                });
        assertThat(store.running("trashcan", START.plusSeconds(50), Duration.ofSeconds(35))).isEmpty();
        assertThat(store.running("contentStoreOrphans", START, Duration.ofSeconds(35))).isEmpty();
    }

    @Test
    void theLastResultIsKeptPerSweepAndAFinishedRunIsNoLongerRunning() {
        store.running("trashcan", new SweepStatusStore.Running(START, false, "olivia",
                new SweepProgress.Snapshot(SweepProgress.Phase.REMOVE, 3, 10L, 300), START));
        store.recordLast("trashcan", new SweepResult("trashcan", "archive://SpacesStore", false, 100, 10, 1000, 9, 900,
                90, 1, false, List.of("1 item(s) could not be purged")), START, START.plusSeconds(90));
        store.finished("trashcan");

        assertThat(store.running("trashcan", START, Duration.ofSeconds(35))).isEmpty();
        assertThat(store.last("trashcan")).hasValue(new SweepStatusStore.LastRun(START, START.plusSeconds(90), false,
                10, 1000, 9, 900, false, List.of("1 item(s) could not be purged")));
        assertThat(store.last("orphanedContentUrls")).isEmpty();
    }
}
