package org.gdprretention.platform.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;

import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

class ClusterJobLockTest {

    private static final QName LOCK = QName.createQName("http://www.gdprretention.org/model/retention/1.0", "job.test");

    private final LockingJobLockService locks = new LockingJobLockService();
    private final ClusterJobLock lock = new ClusterJobLock(locks, LOCK, 30_000);

    @Test
    void runsTheWorkHoldingTheLockAndReleasesItAfterwards() {
        ClusterJobLock.Outcome<String> outcome = lock.runExclusively(stop -> {
            assertThat(locks.isHeld(LOCK)).isTrue();
            return "done";
        });

        assertThat(outcome).isEqualTo(new ClusterJobLock.Outcome<>(true, false, "done"));
        assertThat(locks.isHeld(LOCK)).isFalse();
        assertThat(locks.releases).isEqualTo(1);
    }

    @Test
    void doesNotRunWhileAnotherHolderHasTheLock() {
        String otherHolder = locks.getLock(LOCK, 30_000);
        AtomicBoolean ran = new AtomicBoolean();

        ClusterJobLock.Outcome<String> outcome = lock.runExclusively(stop -> {
            ran.set(true);
            return "done";
        });

        assertThat(outcome.acquired()).isFalse();
        assertThat(ran).isFalse();
        assertThat(locks.isHeld(LOCK)).as("the other holder keeps its lock").isTrue();
        locks.releaseLock(otherHolder, LOCK);
    }

    @Test
    void releasesTheLockWhenTheWorkThrows() {
        assertThatThrownBy(() -> lock.runExclusively(stop -> {
            throw new IllegalStateException("broken");
        })).hasMessage("broken");

        assertThat(locks.isHeld(LOCK)).isFalse();
        assertThat(lock.runExclusively(stop -> "again").acquired()).isTrue();
    }

    @Test
    void aLostLockRaisesTheStopSignalAndIsReported() {
        ClusterJobLock.Outcome<Boolean> outcome = lock.runExclusively(stop -> {
            boolean before = stop.stopRequested();
            locks.loseLock(LOCK);
            return !before && stop.stopRequested();
        });

        assertThat(outcome.result()).as("the signal went from false to true").isTrue();
        assertThat(outcome.lockLost()).isTrue();
    }

    @Test
    void refusesANonPositiveTimeToLive() {
        assertThatThrownBy(() -> new ClusterJobLock(locks, LOCK, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeToLiveMs '0'");
    }
}
