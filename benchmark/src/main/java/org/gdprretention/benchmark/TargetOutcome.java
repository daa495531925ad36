package org.gdprretention.benchmark;

/**
 * One target's outcome in one run of the report.
 *
 * @param target         what is judged, e.g. "expiry + status >= 0.80 x bare loop"
 * @param figure         the judged figure (a ratio, or bytes of heap growth)
 * @param higherIsBetter true for throughput ratios, false for durations and heap growth
 * @param figureText     the figure as printed, with any remark
 */
public record TargetOutcome(String target, double figure, boolean higherIsBetter, boolean passed, String figureText) {

    public String line() {
        return target + ": " + Figures.verdict(passed) + " (" + figureText + ")";
    }

    /**
     * The worse of two outcomes of the same target: a failure is worse than any pass; between two passes or two
     * failures, the lower figure when higher is better, else the higher.
     */
    public TargetOutcome worse(TargetOutcome other) {
        if (passed != other.passed) {
            return passed ? other : this;
        }
        boolean otherWorse = higherIsBetter ? other.figure < figure : other.figure > figure;
        return otherWorse ? other : this;
    }

    /** This outcome as one line that {@link #parse} reads back (tab-separated; a target's text has no tab). */
    public String record() {
        return String.join("\t", target, Double.toString(figure), Boolean.toString(higherIsBetter),
                Boolean.toString(passed), figureText);
    }

    /** An outcome written by {@link #record()}. */
    public static TargetOutcome parse(String record) {
        String[] fields = record.split("\t", -1);
        if (fields.length != 5) {
            throw new IllegalArgumentException("Not an outcome record: " + record);
        }
        return new TargetOutcome(fields[0], Double.parseDouble(fields[1]), Boolean.parseBoolean(fields[2]),
                Boolean.parseBoolean(fields[3]), fields[4]);
    }
}
