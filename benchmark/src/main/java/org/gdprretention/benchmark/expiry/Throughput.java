package org.gdprretention.benchmark.expiry;

/** A JMH score in documents per second with its 99.9% confidence half-width ({@code NaN} when unknown). */
public record Throughput(double documentsPerSecond, double error) {

    /** Beyond this relative error the figure says more about other load on the machine than about the code. */
    public static final double NOISY_RELATIVE_ERROR = 0.10;

    public boolean noisy() {
        return Double.isNaN(error) || error > NOISY_RELATIVE_ERROR * documentsPerSecond;
    }
}
