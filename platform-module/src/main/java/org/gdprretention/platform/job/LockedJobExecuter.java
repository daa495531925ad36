package org.gdprretention.platform.job;

import org.alfresco.repo.admin.RepositoryState;
import org.alfresco.repo.lock.JobLockService;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.job.control.StopSignal;
import org.gdprretention.platform.model.RetentionModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * The logic of one scheduled job, run by {@link RetentionJob}: skipped while the repository is still starting,
 * run as the system user under the job's cluster lock, never twice at the same time anywhere in the cluster.
 * Subclasses implement {@link #runLocked} and check the stop signal between units of work.
 */
public abstract class LockedJobExecuter implements InitializingBean {

    private static final Logger LOGGER = LoggerFactory.getLogger(LockedJobExecuter.class);

    /** Long enough to survive a slow refresh, short enough that a crashed node frees the job soon. */
    public static final long DEFAULT_LOCK_TTL_MS = 30_000L;

    private JobLockService jobLockService;
    private RepositoryState repositoryState;
    private long lockTimeToLiveMs = DEFAULT_LOCK_TTL_MS;

    public void setJobLockService(JobLockService jobLockService) {
        this.jobLockService = jobLockService;
    }

    public void setRepositoryState(RepositoryState repositoryState) {
        this.repositoryState = repositoryState;
    }

    public void setLockTimeToLiveMs(long lockTimeToLiveMs) {
        this.lockTimeToLiveMs = lockTimeToLiveMs;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "jobLockService", jobLockService);
        PropertyCheck.mandatory(this, "repositoryState", repositoryState);
        checkProperties();
    }

    /** Subclasses check their own mandatory properties here. */
    protected void checkProperties() {
    }

    /** The job's name: in logs, in results and in its lock's name. */
    public abstract String jobName();

    /** The cluster-wide lock of this job: one per job, so different jobs do not wait for each other. */
    public QName lockName() {
        return QName.createQName(RetentionModel.NAMESPACE_URI, "job." + jobName());
    }

    /** Runs the job once (what a trigger firing does). */
    public final JobRunResult execute() {
        if (repositoryState.isBootstrapping()) {
            LOGGER.info("Job {} skipped: the repository is still starting", jobName());
            return new JobRunResult(jobName(), JobRunStatus.SKIPPED_BOOTSTRAPPING, "repository is starting");
        }
        ClusterJobLock lock = new ClusterJobLock(jobLockService, lockName(), lockTimeToLiveMs);
        try {
            ClusterJobLock.Outcome<String> outcome =
                    AuthenticationUtil.runAsSystem(() -> lock.runExclusively(this::runLocked));
            JobRunResult result;
            if (!outcome.acquired()) {
                result = new JobRunResult(jobName(), JobRunStatus.SKIPPED_LOCKED, "another run holds the lock");
            } else if (outcome.lockLost()) {
                result = new JobRunResult(jobName(), JobRunStatus.STOPPED_LOCK_LOST,
                        "stopped early, lock lost: " + outcome.result());
            } else {
                result = new JobRunResult(jobName(), JobRunStatus.COMPLETED, outcome.result());
            }
            LOGGER.info("Job {}: {} ({})", jobName(), result.status(), result.summary());
            return result;
        } catch (RuntimeException e) {
            LOGGER.error("Job {} failed", jobName(), e);
            return new JobRunResult(jobName(), JobRunStatus.FAILED, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The job's work, run as the system user while this node holds the job's lock.
     *
     * @return a one-line summary of what was done
     */
    protected abstract String runLocked(StopSignal stop);
}
