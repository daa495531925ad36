package org.gdprretention.platform.job;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The Quartz job of every scheduled task of the module; it only hands over to the executer bean named in its
 * job data (key {@value #EXECUTER_KEY}), which holds the logic, the lock and the switches. Quartz does not start
 * a second firing of the same job on this node while one runs; the executer's cluster lock covers other nodes.
 */
@DisallowConcurrentExecution
public class RetentionJob implements Job {

    /** The job data key of the {@link LockedJobExecuter} to run. */
    public static final String EXECUTER_KEY = "jobExecuter";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        Object executer = context.getMergedJobDataMap().get(EXECUTER_KEY);
        if (!(executer instanceof LockedJobExecuter jobExecuter)) {
            throw new JobExecutionException("Job " + context.getJobDetail().getKey() + " has no '" + EXECUTER_KEY
                    + "' of type " + LockedJobExecuter.class.getName() + " in its job data, but: " + executer);
        }
        JobRunResult result = jobExecuter.execute();
        if (result.status() == JobRunStatus.FAILED) {
            throw new JobExecutionException("Job " + result.job() + " failed: " + result.summary());
        }
    }
}
