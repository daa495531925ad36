package org.gdprretention.benchmark;

import java.time.Duration;
import java.util.Locale;

/** How the report writes numbers: grouped digits, binary megabytes, a plain PASS or FAIL. */
public final class Figures {

    private static final double KIB = 1024.0;
    private static final double MIB = KIB * KIB;

    private Figures() {
    }

    public static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    public static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / MIB);
    }

    /** Small amounts in KiB, so that a near-zero growth shows its size instead of rounding to 0.0 MiB. */
    public static String bytes(long bytes) {
        if (Math.abs(bytes) < MIB) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / KIB);
        }
        return mib(bytes);
    }

    public static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%,d ms", duration.toMillis());
    }

    public static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    public static String verdict(boolean passed) {
        return passed ? "PASS" : "FAIL";
    }
}
