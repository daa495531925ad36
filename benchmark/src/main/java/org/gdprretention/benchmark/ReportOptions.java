package org.gdprretention.benchmark;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gdprretention.core.InvalidRetentionInputException;

/**
 * The command line of the report: which parts to run ({@code expiry}, {@code orphans}, {@code filesystem}, {@code consent}; all when
 * none is named),
 * {@code --quick} for a short smoke run, {@code --verbose} for progress, {@code --repeat N} to run it N times,
 * {@code --help}.
 */
public record ReportOptions(Set<Part> parts, boolean quick, boolean verbose, boolean help, int repeat) {

    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar benchmark/target/benchmarks.jar [expiry] [orphans] [filesystem] [consent] [overview] [--quick] [--verbose] [--repeat N] [--help]",
            "  expiry     engine expiry + status throughput against a bare LocalDate.plus loop (JMH)",
            "  orphans    time and heap growth of the orphan merge at 1M, 2M, 4M and 8M entries a side",
            "  filesystem the filesystem sweep's planning pass over store trees of 50k, 100k and 200k files on disk",
            "             (built once under java.io.tmpdir) against find | sort, with heap growth",
            "  consent    consent planning over 1,000,000 documents streamed by subject: speed against a bare",
            "             due-check loop (interleaved pairs) and live heap growth",
            "  overview   the overview's CSV export of 1,000,000 rows against a bare BufferedWriter loop (with live",
            "             heap growth) and its evaluation (status, label, filter) against the bare expiry loop",
            "             (no part named: all five)",
            "  --quick    a smoke run: short warm-up and few pairs, orphan merge at 100k, 200k and 400k, trees of 5k-20k files,",
            "             consent and overview over 100k documents",
            "  --verbose  print progress (each measured pair of part 1)",
            "  --repeat N run the whole report N times (1 to 100), each in a JVM of its own, and print each target's worst figure",
            "  --help     this text");

    static final int MAX_REPEAT = 100;

    /** A part of the report. */
    public enum Part {
        EXPIRY, ORPHANS, FILESYSTEM, CONSENT, OVERVIEW
    }

    public ReportOptions {
        if (repeat < 1 || repeat > MAX_REPEAT) {
            throw new InvalidRetentionInputException("--repeat", repeat, "must be between 1 and " + MAX_REPEAT);
        }
        parts = parts.isEmpty() ? EnumSet.allOf(Part.class) : EnumSet.copyOf(parts);
    }

    public static ReportOptions parse(String... args) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        boolean quick = false;
        boolean verbose = false;
        boolean help = false;
        int repeat = 1;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg == null ? "" : arg.toLowerCase(Locale.ROOT)) {
                case "expiry" -> parts.add(Part.EXPIRY);
                case "orphans" -> parts.add(Part.ORPHANS);
                case "filesystem" -> parts.add(Part.FILESYSTEM);
                case "consent" -> parts.add(Part.CONSENT);
                case "overview" -> parts.add(Part.OVERVIEW);
                case "--quick" -> quick = true;
                case "--verbose" -> verbose = true;
                case "--help", "-h" -> help = true;
                case "--repeat" -> repeat = count("--repeat", i + 1 < args.length ? args[++i] : null);
                default -> throw new InvalidRetentionInputException("argument", arg,
                        "expected expiry, orphans, filesystem, consent, overview, --quick, --verbose, --repeat N or --help");
            }
        }
        return new ReportOptions(parts, quick, verbose, help, repeat);
    }

    private static int count(String option, String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRetentionInputException(option, value, "expected a whole number of runs");
        }
    }

    public boolean runs(Part part) {
        return parts.contains(part);
    }

    /** The arguments that run these parts once, as {@link #parse} reads them (no {@code --repeat}, no {@code --help}). */
    public List<String> oneRunArguments() {
        List<String> arguments = new ArrayList<>();
        parts.forEach(part -> arguments.add(part.name().toLowerCase(Locale.ROOT)));
        if (quick) {
            arguments.add("--quick");
        }
        if (verbose) {
            arguments.add("--verbose");
        }
        return arguments;
    }
}
