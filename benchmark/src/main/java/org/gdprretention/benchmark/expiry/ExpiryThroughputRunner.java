package org.gdprretention.benchmark.expiry;

import java.util.Collection;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs {@link ExpiryBenchmark} through JMH's own runner (in a forked JVM) and pairs its two scores. */
public final class ExpiryThroughputRunner {

    /** JMH's include pattern (a regular expression over benchmark names) that selects exactly this benchmark. */
    static final String INCLUDE = "^" + ExpiryBenchmark.class.getName().replace(".", "\\.") + "\\.";

    private static final String ENGINE = "engineExpiryAndStatus";
    private static final String BARE = "bareLocalDatePlus";

    private ExpiryThroughputRunner() {
    }

    public static ExpiryComparison run(JmhSettings settings, boolean showJmhOutput) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(INCLUDE)
                .forks(1)
                .warmupIterations(settings.warmupIterations())
                .warmupTime(TimeValue.seconds(settings.warmupSeconds()))
                .measurementIterations(settings.measurementIterations())
                .measurementTime(TimeValue.seconds(settings.measurementSeconds()))
                .jvmArgsAppend(settings.forkJvmArgs().toArray(new String[0]))
                .verbosity(showJmhOutput ? VerboseMode.NORMAL : VerboseMode.SILENT)
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        return new ExpiryComparison(score(results, ENGINE), score(results, BARE));
    }

    private static Throughput score(Collection<RunResult> results, String method) {
        String benchmark = ExpiryBenchmark.class.getName() + "." + method;
        for (RunResult result : results) {
            if (result.getParams().getBenchmark().equals(benchmark)) {
                Result<?> primary = result.getPrimaryResult();
                return new Throughput(primary.getScore(), primary.getScoreError());
            }
        }
        throw new IllegalStateException("JMH returned no result for " + benchmark
                + "; run with --verbose to see JMH's own output");
    }
}
