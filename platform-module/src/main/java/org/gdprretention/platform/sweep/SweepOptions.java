package org.gdprretention.platform.sweep;

/**
 * How one run of a sweep goes.
 *
 * @param dryRun       count only, change nothing
 * @param overrideBrake remove even when more than {@code gdpr-retention.sweep.maxFraction} of what the sweep looked
 *                     at qualifies. For one run, given by an administrator who has checked the dry run: never a
 *                     setting, so that a scheduled run always brakes.
 */
public record SweepOptions(boolean dryRun, boolean overrideBrake) {

    public static final SweepOptions DRY_RUN = new SweepOptions(true, false);
    public static final SweepOptions REMOVE = new SweepOptions(false, false);
    public static final SweepOptions REMOVE_PAST_BRAKE = new SweepOptions(false, true);

    public SweepOptions {
        if (dryRun && overrideBrake) {
            throw new IllegalArgumentException("a dry run removes nothing, so it has no brake to override");
        }
    }
}
