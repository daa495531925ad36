package org.gdprretention.benchmark;

/** Placeholder entry point; replaced by the benchmark report. */
public final class BenchmarkReport {
    private BenchmarkReport() {
    }

    public static void main(String[] args) {
        throw new UnsupportedOperationException("not yet written");
    }
}
