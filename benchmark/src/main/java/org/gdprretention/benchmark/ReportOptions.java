package org.gdprretention.benchmark;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.gdprretention.core.InvalidRetentionInputException;

/**
 * The command line of the report: which parts to run ({@code expiry}, {@code orphans}, {@code filesystem}; all when
 * none is named),
 * {@code --quick} for a short smoke run, {@code --verbose} to show JMH's own output, {@code --help}.
 */
public record ReportOptions(Set<Part> parts, boolean quick, boolean verbose, boolean help) {

    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar benchmark/target/benchmarks.jar [expiry] [orphans] [filesystem] [--quick] [--verbose] [--help]",
            "  expiry     engine expiry + status throughput against a bare LocalDate.plus loop (JMH)",
            "  orphans    time and heap growth of the orphan merge at 1M, 2M, 4M and 8M entries a side",
            "  filesystem the filesystem sweep's planning pass over store trees of 50k, 100k and 200k files on disk",
            "             (built once under java.io.tmpdir) against find | sort, with heap growth",
            "             (no part named: all three)",
            "  --quick    a smoke run: short JMH iterations, orphan merge at 100k, 200k and 400k, trees of 5k-20k files",
            "  --verbose  show JMH's own progress output",
            "  --help     this text");

    /** A part of the report. */
    public enum Part {
        EXPIRY, ORPHANS, FILESYSTEM
    }

    public ReportOptions {
        parts = parts.isEmpty() ? EnumSet.allOf(Part.class) : EnumSet.copyOf(parts);
    }

    public static ReportOptions parse(String... args) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        boolean quick = false;
        boolean verbose = false;
        boolean help = false;
        for (String arg : args) {
            switch (arg == null ? "" : arg.toLowerCase(Locale.ROOT)) {
                case "expiry" -> parts.add(Part.EXPIRY);
                case "orphans" -> parts.add(Part.ORPHANS);
                case "filesystem" -> parts.add(Part.FILESYSTEM);
                case "--quick" -> quick = true;
                case "--verbose" -> verbose = true;
                case "--help", "-h" -> help = true;
                default -> throw new InvalidRetentionInputException("argument", arg,
                        "expected expiry, orphans, filesystem, --quick, --verbose or --help");
            }
        }
        return new ReportOptions(parts, quick, verbose, help);
    }

    public boolean runs(Part part) {
        return parts.contains(part);
    }
}
