package org.gdprretention.benchmark;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

/** The machine and JVM a report ran on, printed first because every figure depends on them. */
public record Environment(String date, String java, int cores, long maxHeapBytes, String collectors, String os) {

    public static Environment current() {
        return new Environment(
                ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                        + System.getProperty("java.vendor") + ")",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory(),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(", ")),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
    }

    public void print(PrintStream out) {
        out.println("  date       " + date);
        out.println("  java       " + java);
        out.println("  cores      " + cores);
        out.println("  max heap   " + Figures.mib(maxHeapBytes) + " (this JVM; collectors: " + collectors + ")");
        out.println("  os         " + os);
    }
}
