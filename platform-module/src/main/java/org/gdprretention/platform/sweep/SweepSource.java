package org.gdprretention.platform.sweep;

import org.gdprretention.platform.job.control.StopSignal;

/** What one sweep lists and removes; the run around it (brake, dry run, audit) is {@link SweepRunner}'s. */
interface SweepSource {

    /** Lists everything the sweep looks at and counts what qualifies; changes nothing. */
    Survey survey(StopSignal stop, SweepProgress progress);

    /**
     * Removes what qualifies, judging each item again just before, in batches; never more than the survey counted.
     * Called only after a complete survey whose fraction passed the brake.
     */
    Removal remove(Survey survey, StopSignal stop, SweepProgress progress);
}
