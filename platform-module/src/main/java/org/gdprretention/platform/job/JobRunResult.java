package org.gdprretention.platform.job;

/**
 * What one firing of a job did.
 *
 * @param job     the job's name
 * @param status  how it ended
 * @param summary one line for the log and for administrators
 */
public record JobRunResult(String job, JobRunStatus status, String summary) {
}
