package org.gdprretention.platform.sweep;

import org.gdprretention.platform.job.control.StopSignal;

/**
 * One source of retroactive clean-up: something that should be gone from the repository or its disk but is not.
 * Every sweep can run dry (count what it would remove, change nothing) and writes one audit entry per run.
 */
public interface Sweep {

    /** Short name, used in logs, audit entries, job and property names. */
    String name();

    /**
     * @param dryRun true to count only
     * @param stop   asked between units of work; a sweep that is stopped reports {@code complete=false}
     */
    SweepResult run(boolean dryRun, StopSignal stop);
}
