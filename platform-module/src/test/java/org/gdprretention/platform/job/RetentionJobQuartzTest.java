package org.gdprretention.platform.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.alfresco.repo.admin.RepositoryState;
import org.gdprretention.platform.job.control.StopSignal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.scheduling.quartz.CronTriggerFactoryBean;
import org.springframework.scheduling.quartz.JobDetailFactoryBean;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * The jobs on a real Quartz scheduler (RAM job store, two threads), scheduled the way the module's job context
 * does it: a JobDetailFactoryBean for {@link RetentionJob} with the executer in its job data, and a
 * CronTriggerFactoryBean; here every second.
 */
class RetentionJobQuartzTest {

    private final LockingJobLockService locks = new LockingJobLockService();
    private final RepositoryState repositoryState = new RepositoryState();
    private SchedulerFactoryBean scheduler;

    @AfterEach
    void stopScheduler() throws Exception {
        if (scheduler != null) {
            scheduler.destroy();
        }
    }

    /** An executer that records each run and can be made slow. */
    private final class RecordingExecuter extends LockedJobExecuter {
        final List<JobRunResult> results = new CopyOnWriteArrayList<>();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final CountDownLatch ran;
        private final long workMillis;

        RecordingExecuter(int expectedRuns, long workMillis) {
            this.ran = new CountDownLatch(expectedRuns);
            this.workMillis = workMillis;
            setJobLockService(locks);
            setRepositoryState(repositoryState);
            afterPropertiesSet();
        }

        @Override
        public String jobName() {
            return "trashcan";
        }

        @Override
        protected String runLocked(StopSignal stop) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(workMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
                ran.countDown();
            }
            return "swept";
        }
    }

    @Test
    void aCronTriggerFiresTheJobWhichRunsItsExecuter() throws Exception {
        RecordingExecuter executer = new RecordingExecuter(2, 0);

        start(jobDetail("gdpr-retention.trashcanJobDetail", executer));

        assertThat(executer.ran.await(5, TimeUnit.SECONDS)).as("two firings within five seconds").isTrue();
        assertThat(locks.acquisitions).isGreaterThanOrEqualTo(2);
        // the trigger keeps firing every second: stop the scheduler, waiting for the running firing to finish, so
        // that every lock taken has had its chance to be released before they are compared
        scheduler.getScheduler().shutdown(true);
        assertThat(locks.releases).isEqualTo(locks.acquisitions);
    }

    @Test
    void twoSchedulersFiringAtOnceRunTheWorkOneAtATime() throws Exception {
        // two job details share one executer, as two cluster nodes share one job lock; each firing takes 1.5 s,
        // so firings of the two overlap and the lock must refuse the later one
        RecordingExecuter executer = new RecordingExecuter(3, 1500);
        JobDetail nodeA = jobDetail("nodeA", executer);
        JobDetail nodeB = jobDetail("nodeB", executer);

        start(nodeA, nodeB);

        assertThat(executer.ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(executer.mostAtOnce).as("never two runs at the same time").hasValue(1);
        assertThat(locks.refusals).as("an overlapping firing was refused by the lock").isPositive();
    }

    private JobDetail jobDetail(String name, LockedJobExecuter executer) {
        JobDetailFactoryBean detail = new JobDetailFactoryBean();
        detail.setName(name);
        detail.setJobClass(RetentionJob.class);
        detail.setJobDataAsMap(Map.of(RetentionJob.EXECUTER_KEY, executer));
        detail.afterPropertiesSet();
        return detail.getObject();
    }

    private void start(JobDetail... details) throws Exception {
        Trigger[] triggers = new Trigger[details.length];
        for (int i = 0; i < details.length; i++) {
            CronTriggerFactoryBean trigger = new CronTriggerFactoryBean();
            trigger.setName(details[i].getKey().getName() + "Trigger");
            trigger.setJobDetail(details[i]);
            trigger.setCronExpression("* * * * * ?");
            trigger.afterPropertiesSet();
            triggers[i] = trigger.getObject();
        }
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        quartz.setProperty("org.quartz.threadPool.threadCount", "2");
        quartz.setProperty("org.quartz.scheduler.instanceName", "gdpr-retention-test-" + System.nanoTime());
        scheduler = new SchedulerFactoryBean();
        scheduler.setQuartzProperties(quartz);
        scheduler.setTriggers(triggers);
        scheduler.setWaitForJobsToCompleteOnShutdown(true);
        scheduler.afterPropertiesSet();
        scheduler.start();
    }
}
