package org.gdprretention.platform.sweep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gdprretention.platform.job.control.StopSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run every sweep shares: survey (list and count, change nothing), then either report the dry run, or, when the
 * survey is complete and nothing blocks it, brake, remove in batches, count, and audit. One audit entry per run,
 * whatever the outcome.
 *
 * <p>The brake: a run that would remove more than {@code maxFraction} of what it looked at removes nothing, says
 * so and is audited as stopped, unless an administrator overrides it for that one run
 * ({@link SweepOptions#overrideBrake()}). A sweep that suddenly qualifies much of its store for removal more often
 * points at a wrong root, a restored database or a bug than at real garbage.
 */
final class SweepRunner {

    private static final Logger LOGGER = LoggerFactory.getLogger(SweepRunner.class);

    private final String name;
    private final SweepAudit audit;
    private final double maxFraction;

    SweepRunner(String name, SweepAudit audit, double maxFraction) {
        this.name = name;
        this.audit = audit;
        this.maxFraction = maxFraction;
    }

    SweepResult run(SweepSource source, SweepOptions options, StopSignal stop, SweepProgress progress) {
        Instant startedAt = Instant.now();
        try {
            return runPasses(source, options, stop, progress, startedAt);
        } finally {
            progress.done();
        }
    }

    private SweepResult runPasses(SweepSource source, SweepOptions options, StopSignal stop,
            SweepProgress progress, Instant startedAt) {
        Survey survey = source.survey(stop, progress);
        progress.surveyed(survey.lookedAt(), survey.candidateBytes());
        List<String> problems = new ArrayList<>(survey.problems());
        problems.addAll(survey.blockers());
        if (options.dryRun()) {
            return finish(startedAt, result(survey, true, problems, null, SweepResult.Brake.NOT_REACHED));
        }
        if (!survey.blockers().isEmpty()) {
            if (survey.candidates() > 0) {
                problems.add("nothing was removed");
            }
            return finish(startedAt, result(survey, false, problems, null, SweepResult.Brake.NOT_REACHED));
        }
        if (!survey.complete()) {
            problems.add("the counting pass did not finish, so nothing was removed");
            return finish(startedAt, result(survey, false, problems, null, SweepResult.Brake.NOT_REACHED));
        }
        boolean overBrake = survey.fraction() > maxFraction;
        if (overBrake && !options.overrideBrake()) {
            problems.add(String.format(Locale.ROOT, "brake: %d of %d items (%.1f%%) qualify, more than"
                            + " gdpr-retention.sweep.maxFraction (%.1f%%); nothing was removed. Check the dry run,"
                            + " then let an administrator run it once with the brake overridden",
                    survey.candidates(), survey.lookedAt(), survey.fraction() * 100, maxFraction * 100));
            return finish(startedAt, result(survey, false, problems, null, SweepResult.Brake.STOPPED));
        }
        progress.removing(survey.candidates());
        Removal removal = source.remove(survey, stop, progress);
        problems.addAll(removal.problems());
        return finish(startedAt, result(survey, false, problems, removal,
                overBrake ? SweepResult.Brake.OVERRIDDEN : SweepResult.Brake.NOT_REACHED));
    }

    private SweepResult result(Survey survey, boolean dryRun, List<String> problems, Removal removal,
            SweepResult.Brake brake) {
        boolean complete = survey.complete() && survey.blockers().isEmpty()
                && (removal == null ? dryRun && brake == SweepResult.Brake.NOT_REACHED : removal.complete());
        return new SweepResult(name, survey.target(), dryRun, survey.lookedAt(), survey.candidates(),
                survey.candidateBytes(), removal == null ? 0 : removal.removed(),
                removal == null ? 0 : removal.removedBytes(),
                survey.kept() + (removal == null ? 0 : removal.keptOnSecondLook()),
                removal == null ? 0 : removal.failed(), complete, problems, brake,
                !survey.blockers().isEmpty() || removal != null && removal.aborted());
    }

    private SweepResult finish(Instant startedAt, SweepResult result) {
        LOGGER.info("{}", result.summary());
        audit.record(result, startedAt);
        return result;
    }
}
