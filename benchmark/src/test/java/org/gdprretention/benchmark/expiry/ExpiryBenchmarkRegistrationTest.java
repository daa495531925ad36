package org.gdprretention.benchmark.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.SortedSet;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.VerboseMode;

class ExpiryBenchmarkRegistrationTest {

    // The JMH benchmark is kept for profiling (java -cp benchmarks.jar org.openjdk.jmh.Main ExpiryBenchmark -prof gc).
    // JMH's runner finds benchmarks only through the list its annotation processor writes at compile time; this
    // asks that list the runner's own question, so a renamed method or a wrong pattern fails here, not at run time.
    @Test
    void theRunnersPatternSelectsExactlyTheThreeBenchmarksEachCountingAMillionDocuments() {
        SortedSet<BenchmarkListEntry> found = BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(new PrintStream(OutputStream.nullOutputStream()),
                        VerboseMode.SILENT),
                List.of("^" + ExpiryBenchmark.class.getName().replace(".", "\\.") + "\\."), List.of());

        assertThat(found).extracting(BenchmarkListEntry::getUsername).containsExactlyInAnyOrder(
                ExpiryBenchmark.class.getName() + ".engineExpiryAndStatus",
                ExpiryBenchmark.class.getName() + ".engineIntoSink",
                ExpiryBenchmark.class.getName() + ".bareLocalDatePlus");
        assertThat(found).allSatisfy(entry ->
                assertThat(entry.getOperationsPerInvocation().get()).isEqualTo(ExpiryBenchmark.DOCUMENTS));
    }
}
