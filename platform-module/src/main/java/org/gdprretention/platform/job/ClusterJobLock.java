package org.gdprretention.platform.job;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.alfresco.repo.lock.JobLockService;
import org.alfresco.repo.lock.JobLockService.JobLockRefreshCallback;
import org.alfresco.repo.lock.LockAcquisitionException;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.job.control.StopSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work while holding a cluster-wide job lock, so that one node of a cluster runs it at a time.
 *
 * <p>The lock is taken with a short time to live and a refresh callback: ACS's job lock service refreshes it
 * while the work is active, and calls back when it could not (the database was unreachable long enough for the
 * lock to expire, so another node may have taken it). The work sees that through its {@link StopSignal} and
 * stops between two units of work. The lock is released in a finally block, so a failing run never blocks the
 * next one for longer than it takes to notice.
 */
public final class ClusterJobLock {

    private static final Logger LOGGER = LoggerFactory.getLogger(ClusterJobLock.class);

    private final JobLockService jobLockService;
    private final QName lockName;
    private final long timeToLiveMs;

    public ClusterJobLock(JobLockService jobLockService, QName lockName, long timeToLiveMs) {
        if (timeToLiveMs <= 0) {
            throw new IllegalArgumentException("Invalid lock timeToLiveMs '" + timeToLiveMs + "': must be positive");
        }
        this.jobLockService = jobLockService;
        this.lockName = lockName;
        this.timeToLiveMs = timeToLiveMs;
    }

    /** The outcome of {@link #runExclusively}: the work's result, or why the work did not run or was cut short. */
    public record Outcome<R>(boolean acquired, boolean lockLost, R result) {
    }

    /**
     * Runs {@code work} if the lock can be taken now; never waits for another holder (the next firing will try
     * again).
     */
    public <R> Outcome<R> runExclusively(Function<StopSignal, R> work) {
        Optional<Held> held = tryAcquire();
        if (held.isEmpty()) {
            return new Outcome<>(false, false, null);
        }
        try (Held lock = held.get()) {
            R result = work.apply(lock.lost());
            return new Outcome<>(true, lock.lost().stopRequested(), result);
        }
    }

    /**
     * Takes the lock now if nobody holds it, for work that goes on elsewhere (another thread): ACS refreshes it until
     * {@link Held#close()}. Empty when another run holds it.
     */
    public Optional<Held> tryAcquire() {
        AtomicBoolean active = new AtomicBoolean(true);
        AtomicBoolean lost = new AtomicBoolean(false);
        JobLockRefreshCallback callback = new JobLockRefreshCallback() {
            @Override
            public boolean isActive() {
                return active.get();
            }

            @Override
            public void lockReleased() {
                if (active.get()) {
                    lost.set(true);
                    LOGGER.warn("Lost the cluster lock {} while working; stopping after the current unit", lockName);
                }
            }
        };
        try {
            String token = jobLockService.getLock(lockName, timeToLiveMs, callback);
            return Optional.of(new Held(token, active, lost));
        } catch (LockAcquisitionException e) {
            LOGGER.info("Lock {} is held by another run; not running now", lockName);
            return Optional.empty();
        }
    }

    /** A lock this node holds; closing it releases it. */
    public final class Held implements AutoCloseable {
        private final String token;
        private final AtomicBoolean active;
        private final AtomicBoolean lost;

        private Held(String token, AtomicBoolean active, AtomicBoolean lost) {
            this.token = token;
            this.active = active;
            this.lost = lost;
        }

        /** True once ACS could not refresh the lock (another node may have it now): stop between units of work. */
        public StopSignal lost() {
            return lost::get;
        }

        @Override
        public void close() {
            if (active.getAndSet(false)) {
                release(token);
            }
        }
    }

    private void release(String token) {
        try {
            jobLockService.releaseLock(token, lockName);
        } catch (LockAcquisitionException e) {
            // already expired or taken over: nothing of ours left to release
            LOGGER.debug("Lock {} was no longer ours to release", lockName);
        }
    }
}
