package org.gdprretention.platform.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.alfresco.repo.admin.RepositoryState;
import org.gdprretention.platform.job.control.StopSignal;
import org.gdprretention.platform.sweep.Sweep;
import org.gdprretention.platform.sweep.SweepOptions;
import org.gdprretention.platform.sweep.SweepResult;
import org.junit.jupiter.api.Test;

class SweepJobExecuterTest {

    private final LockingJobLockService locks = new LockingJobLockService();

    /** A sweep over ten items that removes one item per unit of work, remembering what it removed. */
    private static final class CountingSweep implements Sweep {
        final List<Boolean> dryRuns = new ArrayList<>();
        final List<Integer> removedItems = new ArrayList<>();
        final List<Boolean> brakeOverrides = new ArrayList<>();
        private final Runnable afterEachItem;

        CountingSweep(Runnable afterEachItem) {
            this.afterEachItem = afterEachItem;
        }

        @Override
        public String name() {
            return "trashcan";
        }

        @Override
        public SweepResult run(SweepOptions options, StopSignal stop) {
            boolean dryRun = options.dryRun();
            dryRuns.add(dryRun);
            brakeOverrides.add(options.overrideBrake());
            int removedNow = 0;
            for (int item = 0; item < 10 && !stop.stopRequested(); item++) {
                if (!dryRun && !removedItems.contains(item)) {
                    removedItems.add(item);
                    removedNow++;
                }
                afterEachItem.run();
            }
            boolean complete = !stop.stopRequested();
            return new SweepResult(name(), "test", dryRun, 10, 10, 0, removedNow, 0, 0, 0, complete, List.of());
        }
    }

    private SweepJobExecuter executer(Sweep sweep, boolean enabled) {
        SweepJobExecuter executer = new SweepJobExecuter();
        executer.setSweep(sweep);
        executer.setEnabled(enabled);
        executer.setJobLockService(locks);
        executer.setRepositoryState(new RepositoryState());
        executer.afterPropertiesSet();
        return executer;
    }

    @Test
    void aDisabledJobRunsItsSweepDry() {
        CountingSweep sweep = new CountingSweep(() -> { });

        JobRunResult result = executer(sweep, false).execute();

        assertThat(sweep.dryRuns).containsExactly(true);
        assertThat(sweep.removedItems).isEmpty();
        assertThat(result.summary()).contains("dry run");
    }

    @Test
    void anEnabledJobRemoves() {
        CountingSweep sweep = new CountingSweep(() -> { });

        JobRunResult result = executer(sweep, true).execute();

        assertThat(sweep.dryRuns).containsExactly(false);
        assertThat(sweep.brakeOverrides).as("a scheduled run never overrides the brake").containsExactly(false);
        assertThat(sweep.removedItems).hasSize(10);
        assertThat(result.status()).isEqualTo(JobRunStatus.COMPLETED);
        assertThat(result.job()).isEqualTo("trashcan");
    }

    @Test
    void aRunThatLosesItsLockStopsAndTheNextRunFinishesWithoutRepeatingWork() {
        AtomicInteger items = new AtomicInteger();
        CountingSweep sweep = new CountingSweep(() -> {
            if (items.incrementAndGet() == 4) {
                locks.loseLock(QNameOf.job("trashcan"));
            }
        });
        SweepJobExecuter executer = executer(sweep, true);

        JobRunResult first = executer.execute();
        JobRunResult second = executer.execute();

        assertThat(first.status()).isEqualTo(JobRunStatus.STOPPED_LOCK_LOST);
        assertThat(first.summary()).contains("removed 4").contains("INCOMPLETE");
        assertThat(second.status()).isEqualTo(JobRunStatus.COMPLETED);
        assertThat(second.summary()).contains("removed 6");
        assertThat(sweep.removedItems).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void refusesToStartWithoutASweep() {
        SweepJobExecuter executer = new SweepJobExecuter();
        executer.setJobLockService(locks);
        executer.setRepositoryState(new RepositoryState());

        assertThatThrownBy(executer::afterPropertiesSet).hasMessageContaining("sweep");
    }
}
