package org.gdprretention.platform.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.platform.job.RetentionJob;
import org.gdprretention.platform.job.control.StopSignal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobDetail;
import org.springframework.scheduling.quartz.CronTriggerFactoryBean;
import org.springframework.scheduling.quartz.JobDetailFactoryBean;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * The consent job on a real Quartz scheduler, scheduled as the module's consent context does it (RetentionJob with
 * the executer in its job data, a cron trigger, here every second): it fires, and firing again sends nothing twice.
 */
class ConsentJobQuartzTest {

    private final ConsentJobTest setup = new ConsentJobTest();
    private SchedulerFactoryBean scheduler;

    @AfterEach
    void stopScheduler() throws Exception {
        if (scheduler != null) {
            scheduler.destroy();
        }
        setup.closeTransactions();
    }

    /** The real executer, counting its firings. */
    private static final class CountedConsentJob extends ConsentJobExecuter {
        final CountDownLatch firings = new CountDownLatch(3);

        @Override
        protected String runLocked(StopSignal stop) {
            try {
                return super.runLocked(stop);
            } finally {
                firings.countDown();
            }
        }
    }

    @Test
    void aCronTriggerFiresTheJobAndLaterFiringsSendNothingTwice() throws Exception {
        NodeRef profile = setup.fixture.document("Arbeidscontract J. Jansen.pdf", "CANDIDATE_PROFILE",
                LocalDate.of(2026, 6, 11), "subject-1", "jan@example.org");
        setup.fixture.document("Profiel P. Pieters.pdf", "PERSONNEL_FILE", LocalDate.of(2026, 6, 20), "subject-2",
                "piet@example.org");
        CountedConsentJob job = new CountedConsentJob();
        setup.wire(job, true);

        start(job);

        assertThat(job.firings.await(10, TimeUnit.SECONDS)).as("three firings").isTrue();
        scheduler.getScheduler().shutdown(true);
        assertThat(setup.consentMails()).extracting(mail -> mail.get(MailActionExecuter.PARAM_TO))
                .containsExactlyInAnyOrder("jan@example.org", "piet@example.org");
        assertThat(setup.fixture.momentKinds(profile)).containsExactly("CONSENT_REQUESTED");
        assertThat(setup.fixture.consentRequests()).hasSize(2);
        assertThat(setup.locks.releases).isEqualTo(setup.locks.acquisitions).isGreaterThanOrEqualTo(3);
    }

    private void start(ConsentJobExecuter executer) throws Exception {
        JobDetailFactoryBean detail = new JobDetailFactoryBean();
        detail.setName("gdpr-retention.consentRequestsJobDetail");
        detail.setJobClass(RetentionJob.class);
        detail.setJobDataAsMap(Map.of(RetentionJob.EXECUTER_KEY, executer));
        detail.afterPropertiesSet();
        JobDetail jobDetail = detail.getObject();
        CronTriggerFactoryBean trigger = new CronTriggerFactoryBean();
        trigger.setName("gdpr-retention.consentRequestsTrigger");
        trigger.setJobDetail(jobDetail);
        trigger.setCronExpression("* * * * * ?");
        trigger.afterPropertiesSet();
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        quartz.setProperty("org.quartz.threadPool.threadCount", "2");
        quartz.setProperty("org.quartz.scheduler.instanceName", "gdpr-retention-consent-" + System.nanoTime());
        scheduler = new SchedulerFactoryBean();
        scheduler.setQuartzProperties(quartz);
        scheduler.setTriggers(trigger.getObject());
        scheduler.setWaitForJobsToCompleteOnShutdown(true);
        scheduler.afterPropertiesSet();
        scheduler.start();
    }
}
