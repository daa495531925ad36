package org.gdprretention.platform.sweep;

import org.gdprretention.platform.job.control.StopSignal;

/** A target that cannot be swept (no such directory, not a file store, no archive store): the run only says why. */
record Unavailable(String target, String reason) implements SweepSource {

    @Override
    public Survey survey(StopSignal stop, SweepProgress progress) {
        return Survey.impossible(target, reason);
    }

    @Override
    public Removal remove(Survey survey, StopSignal stop, SweepProgress progress) {
        throw new IllegalStateException("nothing can be removed from " + target + ": " + reason);
    }
}
