package org.gdprretention.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the report in a JVM of its own: the same Java, JVM options and class path as this one, the report's
 * arguments without {@code --repeat}, its output copied line by line, its outcomes read back from a file it writes.
 */
final class RunInOwnJvm {

    private RunInOwnJvm() {
    }

    static List<TargetOutcome> run(ReportOptions options, PrintStream out) {
        Path outcomes = null;
        try {
            outcomes = Files.createTempFile("gdpr-benchmark-outcomes", ".tsv");
            Process process = new ProcessBuilder(command(options, outcomes)).redirectErrorStream(true).start();
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    out.println(line);
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("The report's run in its own JVM ended with exit code " + exit);
            }
            List<TargetOutcome> read = new ArrayList<>();
            for (String line : Files.readAllLines(outcomes, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    read.add(TargetOutcome.parse(line));
                }
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run the report in a JVM of its own", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the report ran in a JVM of its own", e);
        } finally {
            if (outcomes != null) {
                try {
                    Files.deleteIfExists(outcomes);
                } catch (IOException e) {
                    out.println("  (could not delete " + outcomes + ": " + e.getMessage() + ")");
                }
            }
        }
    }

    static List<String> command(ReportOptions options, Path outcomes) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-D" + BenchmarkReport.OUTCOMES_FILE + "=")) {
                command.add(option);
            }
        }
        command.add("-D" + BenchmarkReport.OUTCOMES_FILE + "=" + outcomes);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BenchmarkReport.class.getName());
        command.addAll(options.oneRunArguments());
        return command;
    }
}
