package org.gdprretention.platform.rest.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.alfresco.repo.lock.JobLockService;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.alfresco.util.transaction.TransactionListenerAdapter;
import org.gdprretention.platform.job.ClusterJobLock;
import org.gdprretention.platform.job.LockedJobExecuter;
import org.gdprretention.platform.job.control.StopSignal;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.sweep.Sweep;
import org.gdprretention.platform.sweep.SweepOptions;
import org.gdprretention.platform.sweep.SweepProgress;
import org.gdprretention.platform.sweep.SweepStatusStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Starts a sweep by hand, in the background, one run at a time across the cluster: a run takes the cluster-wide lock
 * of manual sweeps and the sweep's own job lock (so its scheduled job cannot run at the same time), both through
 * ACS's job lock service as the jobs do; when either is held elsewhere the run does not start. While it runs, its
 * progress is published every {@code publishInterval} to {@link SweepStatusStore}, readable from every server.
 * The sweep itself runs as the system user (it reads the whole trashcan and content store); the person who started
 * it is in the audit log.
 */
public class SweepRuns implements InitializingBean, DisposableBean {

    private static final Logger LOGGER = LoggerFactory.getLogger(SweepRuns.class);

    /** The one lock all manual sweep runs share. */
    static final QName MANUAL_LOCK = QName.createQName(RetentionModel.NAMESPACE_URI, "rest.sweeps");

    /** Why a run did not start. */
    public static final class AlreadyRunning extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AlreadyRunning(String message) {
            super(message);
        }
    }

    private final Map<String, Sweep> sweeps = new LinkedHashMap<>();
    private JobLockService jobLockService;
    private SweepStatusStore statusStore;
    private Clock clock = Clock.systemUTC();
    private long lockTimeToLiveMs = LockedJobExecuter.DEFAULT_LOCK_TTL_MS;
    private Duration publishInterval = Duration.ofSeconds(1);
    private ExecutorService worker;
    private ScheduledExecutorService publisher;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "jobLockService", jobLockService);
        PropertyCheck.mandatory(this, "statusStore", statusStore);
        if (sweeps.isEmpty()) {
            throw new IllegalStateException("SweepRuns needs the sweeps it may run");
        }
        worker = Executors.newSingleThreadExecutor(daemon("gdpr-retention-sweep-run"));
        publisher = Executors.newSingleThreadScheduledExecutor(daemon("gdpr-retention-sweep-progress"));
    }

    @Override
    public void destroy() {
        if (worker != null) {
            worker.shutdownNow();
            publisher.shutdownNow();
        }
    }

    /** The sweeps by their id, in the order the API lists them. */
    public List<String> ids() {
        return List.copyOf(sweeps.keySet());
    }

    public boolean knows(String id) {
        return id != null && sweeps.containsKey(id);
    }

    /** The run in progress of this sweep, on any server. */
    public Optional<SweepStatusStore.Running> running(String id) {
        return statusStore.running(id, clock.instant(), staleAfter());
    }

    public Optional<SweepStatusStore.LastRun> last(String id) {
        return statusStore.last(id);
    }

    /**
     * Starts {@code id} in the background once the caller's transaction commits; returns once the locks are held and
     * the run is registered as running.
     *
     * @throws AlreadyRunning when a manual run or this sweep's job holds its lock anywhere in the cluster
     */
    public SweepStatusStore.Running start(String id, boolean dryRun, String startedBy) {
        Sweep sweep = sweeps.get(id);
        if (sweep == null) {
            throw new IllegalArgumentException("unknown sweep " + id);
        }
        ClusterJobLock.Held manual = new ClusterJobLock(jobLockService, MANUAL_LOCK, lockTimeToLiveMs).tryAcquire()
                .orElseThrow(() -> new AlreadyRunning("another sweep runs"));
        Optional<ClusterJobLock.Held> own = new ClusterJobLock(jobLockService,
                QName.createQName(RetentionModel.NAMESPACE_URI, "job." + sweep.name()), lockTimeToLiveMs).tryAcquire();
        if (own.isEmpty()) {
            manual.close();
            throw new AlreadyRunning("the scheduled job of " + id + " runs");
        }
        SweepProgress progress = new SweepProgress();
        Instant startedAt = clock.instant();
        SweepStatusStore.Running running = new SweepStatusStore.Running(startedAt, dryRun, startedBy,
                progress.snapshot(), startedAt);
        try {
            statusStore.running(id, running);
            StopSignal stop = () -> manual.lost().stopRequested() || own.get().lost().stopRequested();
            // A publication still under way when the run ends must not write the run back after it was cleared.
            Object publication = new Object();
            boolean[] ended = {false};
            var publishing = publisher.scheduleAtFixedRate(() -> {
                synchronized (publication) {
                    if (!ended[0]) {
                        publish(id, running, progress);
                    }
                }
            }, publishInterval.toMillis(), publishInterval.toMillis(), TimeUnit.MILLISECONDS);
            Runnable end = () -> {
                publishing.cancel(false);
                try {
                    synchronized (publication) {
                        ended[0] = true;
                        statusStore.finished(id);
                    }
                } finally {
                    own.get().close();
                    manual.close();
                }
            };
            Runnable work = () -> {
                try {
                    AuthenticationUtil.runAsSystem(() -> sweep.run(dryRun ? SweepOptions.DRY_RUN : SweepOptions.REMOVE,
                            stop, progress));
                } catch (RuntimeException e) {
                    LOGGER.error("Sweep {} started by {} failed", id, startedBy, e);
                } finally {
                    end.run();
                }
            };
            // The run starts once the request's transaction has committed (its audit entry with it). A request that
            // rolls back, or is retried by ACS after a conflict, gives the locks back and starts nothing.
            AlfrescoTransactionSupport.bindListener(new TransactionListenerAdapter() {
                @Override
                public void afterCommit() {
                    worker.execute(work);
                }

                @Override
                public void afterRollback() {
                    end.run();
                }
            });
        } catch (RuntimeException e) {
            own.get().close();
            manual.close();
            throw e;
        }
        return running;
    }

    private void publish(String id, SweepStatusStore.Running started, SweepProgress progress) {
        try {
            statusStore.running(id, new SweepStatusStore.Running(started.startedAt(), started.dryRun(),
                    started.startedBy(), progress.snapshot(), clock.instant()));
        } catch (RuntimeException e) {
            LOGGER.warn("Could not publish the progress of sweep {}: {}", id, e.getMessage());
        }
    }

    // A server that stopped mid-run stops refreshing; after a few missed beats (and past the lock's own expiry) its
    // run is no longer shown as running.
    private Duration staleAfter() {
        return publishInterval.multipliedBy(5).plusMillis(lockTimeToLiveMs);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The sweeps by API id: trashcan, orphanedContentUrls, deletedContentStore, contentStoreOrphans. */
    public void setSweeps(Map<String, Sweep> sweepsById) {
        sweeps.clear();
        sweeps.putAll(sweepsById);
    }

    public void setJobLockService(JobLockService jobLockService) {
        this.jobLockService = jobLockService;
    }

    public void setStatusStore(SweepStatusStore statusStore) {
        this.statusStore = statusStore;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setLockTimeToLiveMs(long lockTimeToLiveMs) {
        this.lockTimeToLiveMs = lockTimeToLiveMs;
    }

    /** How often a running sweep publishes its progress, ISO-8601 ({@code PT1S}). */
    public void setPublishInterval(String interval) {
        this.publishInterval = Duration.parse(interval.trim());
    }
}
