package org.gdprretention.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine's load average, printed before and after a report: a ratio measured while other processes kept the
 * cores busy is suspect however steady it looks.
 */
public final class LoadAverage {

    private static final Path PROC_LOADAVG = Path.of("/proc/loadavg");

    private LoadAverage() {
    }

    /** "1, 5 and 15 minute" averages where the system tells them (Linux), else the 1-minute one, else "unknown". */
    public static String describe() {
        return describe(PROC_LOADAVG);
    }

    static String describe(Path loadavg) {
        try {
            String[] fields = Files.readString(loadavg).trim().split("\\s+");
            if (fields.length >= 3) {
                return fields[0] + " " + fields[1] + " " + fields[2] + " (1, 5, 15 min)";
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux or not readable: fall back to what the JVM knows.
        }
        double oneMinute = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return oneMinute < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f (1 min)", oneMinute);
    }
}
