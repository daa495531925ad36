package org.gdprretention.platform.sweep;

import org.gdprretention.platform.job.control.StopSignal;

/**
 * One source of retroactive clean-up: something that should be gone from the repository or its disk but is not.
 * Every sweep can run dry (count what it would remove, change nothing), brakes before removing more than a set
 * fraction of what it looked at, and writes one audit entry per run ({@link SweepRunner}).
 */
public interface Sweep {

    /** Short name, used in logs, audit entries, job and property names. */
    String name();

    /**
     * @param options dry run or removal, and whether an administrator overrides the brake for this run
     * @param stop    asked between units of work; a sweep that is stopped reports {@code complete=false}
     */
    SweepResult run(SweepOptions options, StopSignal stop);

    /**
     * The same run, reporting how far it is to {@code progress} as it goes (the REST API shows it while it runs).
     * A sweep that cannot report progress runs without.
     */
    default SweepResult run(SweepOptions options, StopSignal stop, SweepProgress progress) {
        return run(options, stop);
    }
}
