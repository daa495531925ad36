package org.gdprretention.benchmark.expiry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.concurrent.TimeUnit;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionFacts;
import org.gdprretention.core.expiry.RetentionStateSink;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine's expiry and status evaluation against the plain date addition it is built on, over the same
 * generated documents. One invocation walks all of them, so JMH's score per operation is documents per second.
 * Not final: JMH generates subclasses of its state classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExpiryBenchmark {

    public static final int DOCUMENTS = 1_000_000;

    private RetentionStatusEvaluator evaluator;
    private Instant now;
    private RetentionFacts[] facts;
    private LocalDate[] startDates;
    private Period[] periods;

    @Setup(Level.Trial)
    public void generateDocuments() {
        DocumentMix mix = DocumentMix.generate(DOCUMENTS, DocumentMix.DEFAULT_SEED);
        evaluator = new RetentionStatusEvaluator(new ExpiryCalculator());
        now = DocumentMix.REFERENCE_NOW;
        facts = mix.facts();
        startDates = mix.startDates();
        periods = mix.periods();
    }

    /** How an overview or a nightly job evaluates: one moment, then every document against it. */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public void engineExpiryAndStatus(Blackhole blackhole) {
        RetentionStatusEvaluator.Moment moment = evaluator.at(now);
        RetentionFacts[] documents = facts;
        for (int i = 0; i < documents.length; i++) {
            blackhole.consume(moment.evaluate(documents[i]));
        }
    }

    /** The same evaluation written into one caller-owned sink: no result object per document. */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public void engineIntoSink(Blackhole blackhole) {
        RetentionStatusEvaluator.Moment moment = evaluator.at(now);
        RetentionStateSink sink = new RetentionStateSink();
        RetentionFacts[] documents = facts;
        for (int i = 0; i < documents.length; i++) {
            blackhole.consume(moment.evaluateInto(documents[i], sink));
            blackhole.consume(sink.expiryDateKey());
        }
    }

    /** The floor: one {@code LocalDate.plus(Period)} per document, nothing else. */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public void bareLocalDatePlus(Blackhole blackhole) {
        LocalDate[] dates = startDates;
        Period[] added = periods;
        for (int i = 0; i < dates.length; i++) {
            blackhole.consume(dates[i].plus(added[i]));
        }
    }
}
