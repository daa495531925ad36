package org.gdprretention.platform.job;

import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.job.control.StopSignal;
import org.gdprretention.platform.sweep.Sweep;
import org.gdprretention.platform.sweep.SweepOptions;
import org.gdprretention.platform.sweep.SweepResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one sweep on schedule. Sweeps delete, so the switch {@code gdpr-retention.job.<name>.enabled} is off by
 * default, and while it is off the sweep still runs, dry: administrators see in the log and the audit log what it
 * would remove before they switch it on.
 */
public class SweepJobExecuter extends LockedJobExecuter {

    private static final Logger LOGGER = LoggerFactory.getLogger(SweepJobExecuter.class);

    private Sweep sweep;
    private boolean enabled;

    public void setSweep(Sweep sweep) {
        this.sweep = sweep;
    }

    /** True to remove what the sweep finds; false (the default) for a dry run. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    protected void checkProperties() {
        PropertyCheck.mandatory(this, "sweep", sweep);
    }

    @Override
    public String jobName() {
        return sweep.name();
    }

    @Override
    protected String runLocked(StopSignal stop) {
        if (!enabled) {
            LOGGER.info("Sweep {} runs dry: set gdpr-retention.job.{}.enabled=true to remove what it finds",
                    sweep.name(), sweep.name());
        }
        // a scheduled run never overrides the brake: that is an administrator's decision for one run
        SweepResult result = sweep.run(enabled ? SweepOptions.REMOVE : SweepOptions.DRY_RUN, stop);
        return result.summary();
    }
}
