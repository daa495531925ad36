package org.gdprretention.benchmark.expiry;

import java.util.List;

/** How long JMH warms up and measures, and the heap of its forked JVM. */
public record JmhSettings(int warmupIterations, int warmupSeconds, int measurementIterations,
                          int measurementSeconds, List<String> forkJvmArgs) {

    // A fixed heap, large enough for the million documents and touched at start-up, keeps heap resizing and the
    // first-touch page faults of fresh heap (slow on virtual machines) out of the measurement.
    private static final List<String> FORK_JVM_ARGS = List.of("-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch");

    // Ten measured iterations: JMH's 99.9% error margin over five is the deviation times 3.9, over ten times 1.5.
    public static final JmhSettings FULL = new JmhSettings(4, 2, 10, 2, FORK_JVM_ARGS);
    public static final JmhSettings QUICK = new JmhSettings(1, 1, 2, 1, FORK_JVM_ARGS);

    public JmhSettings {
        forkJvmArgs = List.copyOf(forkJvmArgs);
    }

    /**
     * Roughly how long JMH runs the benchmarks: their iterations plus about 8 s each to start the fork, touch its
     * heap and generate the documents.
     */
    public int estimatedSeconds(int benchmarks) {
        return benchmarks * (warmupIterations * warmupSeconds + measurementIterations * measurementSeconds + 8);
    }

    public String describe() {
        return "JMH, 1 fork " + String.join(" ", forkJvmArgs) + ", warm-up " + warmupIterations + " x "
                + warmupSeconds + " s, measured " + measurementIterations + " x " + measurementSeconds + " s";
    }
}
