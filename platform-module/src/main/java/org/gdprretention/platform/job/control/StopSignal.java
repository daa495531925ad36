package org.gdprretention.platform.job.control;

/**
 * Asked between units of work: true once the work must stop early, e.g. because the cluster lock it runs under
 * was lost and another node may now be doing the same work.
 */
@FunctionalInterface
public interface StopSignal {

    /** Work that nothing stops early (a sweep started by hand rather than by a locked job). */
    StopSignal NEVER = () -> false;

    boolean stopRequested();
}
