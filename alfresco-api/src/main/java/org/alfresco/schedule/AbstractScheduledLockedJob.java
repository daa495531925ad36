package org.alfresco.schedule;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Compile-only copy of the ACS 26.3 signature, with its real superclass (Spring's {@link QuartzJobBean}). In ACS,
 * {@link #executeInternal} takes the job lock named in the job data and then calls {@link #executeJob}; that
 * locking is ACS's and throws here, so tests call {@code executeJob} directly.
 */
public abstract class AbstractScheduledLockedJob extends QuartzJobBean {

    @Override
    protected final void executeInternal(JobExecutionContext jobContext) throws JobExecutionException {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public abstract void executeJob(JobExecutionContext jobContext) throws JobExecutionException;
}
