package org.gdprretention.core.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The bulk path that writes into a caller-owned sink gives exactly the results of {@code Moment.evaluate}. */
class RetentionStateSinkTest {

    private static final DocumentId DOC = DocumentId.of("workspace://SpacesStore/doc-1");
    private static final int FIRST_DAY = (int) LocalDate.of(2000, 1, 1).toEpochDay();
    private static final int LAST_DAY = (int) LocalDate.of(2030, 12, 31).toEpochDay();
    private static final List<String> PERIODS = List.of("P4W", "P2Y", "P5Y", "P7Y", "P1M", "P18M", "P1Y6M3D", "P31D");

    private final RetentionStatusEvaluator evaluator = new RetentionStatusEvaluator(new ExpiryCalculator());

    // Start dates include "unknown" (index -1), month ends and leap days come up through the spread of days.
    private static Gen<RetentionFacts> facts() {
        Gen<LocalDate> starts = integers().between(FIRST_DAY - 1, LAST_DAY)
                .map(day -> day < FIRST_DAY ? null : LocalDate.ofEpochDay(day));
        Gen<RetentionFacts> base = starts.zip(integers().between(0, PERIODS.size() - 1), integers().between(0, 90),
                (start, period, lead) -> RetentionFacts.of(DOC,
                        RetentionStatusEvaluatorTest.type(PERIODS.get(period), lead), start));
        return base.zip(integers().between(0, 3), booleans().all(), booleans().all(), (facts, extensions, hold,
                                                                                      purged) -> {
            List<RetentionPeriod> granted = new ArrayList<>();
            for (int i = 0; i < extensions; i++) {
                granted.add(RetentionPeriod.parse(PERIODS.get(i * 3 % PERIODS.size())));
            }
            return new RetentionFacts(facts.documentId(), facts.type(), facts.startDate(), granted,
                    hold && extensions == 1, purged && extensions == 2);
        });
    }

    @Test
    void evaluatingIntoASinkGivesTheSameExpiryAndStatusAsEvaluate() {
        long from = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2040-01-01T00:00:00Z").getEpochSecond();
        RetentionStateSink sink = new RetentionStateSink();
        qt().withExamples(5000).forAll(facts(), longs().between(from, to)).checkAssert((facts, second) -> {
            RetentionStatusEvaluator.Moment moment = evaluator.at(Instant.ofEpochSecond(second));
            RetentionState expected = moment.evaluate(facts);

            RetentionStatus returned = moment.evaluateInto(facts, sink);

            assertThat(returned).isEqualTo(expected.status());
            assertThat(sink.status()).isEqualTo(expected.status());
            assertThat(sink.expiryDate()).isEqualTo(expected.expiryDate());
            assertThat(sink.toState()).isEqualTo(expected);
            assertThat(sink.expiryDateKey()).isEqualTo(
                    expected.expiryDate() == null ? 0 : DateKey.of(expected.expiryDate()));
        });
    }

    // Both paths compute the expiry on date keys; the calculator adds LocalDates. They must never differ.
    @Test
    void theExpiryOfBothPathsIsTheCalculatorsExpiry() {
        ExpiryCalculator calculator = evaluator.calculator();
        RetentionStatusEvaluator.Moment moment = evaluator.at(Instant.parse("2026-06-15T10:00:00Z"));
        RetentionStateSink sink = new RetentionStateSink();
        qt().withExamples(20_000).forAll(facts()).checkAssert(facts -> {
            LocalDate expected = facts.startDate() == null ? null
                    : calculator.expiryDate(facts.startDate(), facts.type().period(), facts.grantedExtensions());

            moment.evaluateInto(facts, sink);

            assertThat(moment.evaluate(facts).expiryDate()).isEqualTo(expected);
            assertThat(sink.expiryDate()).isEqualTo(expected);
        });
    }

    @Test
    void aReusedSinkHoldsOnlyTheLastDocumentsResult() {
        RetentionStatusEvaluator.Moment moment = evaluator.at(Instant.parse("2026-06-15T10:00:00Z"));
        RetentionStateSink sink = new RetentionStateSink();
        RetentionFacts dated = RetentionFacts.of(DOC, RetentionStatusEvaluatorTest.type("P2Y", 30),
                LocalDate.of(2020, 1, 1));
        RetentionFacts pending = dated.withStartDate(null);

        moment.evaluateInto(dated, sink);
        assertThat(sink.toState()).isEqualTo(new RetentionState(LocalDate.of(2022, 1, 1), RetentionStatus.EXPIRED));

        moment.evaluateInto(pending, sink);
        assertThat(sink.expiryDate()).isNull();
        assertThat(sink.status()).isEqualTo(RetentionStatus.PENDING_START);
    }

    @Test
    void anUnusedSinkHasNoStateToGive() {
        RetentionStateSink sink = new RetentionStateSink();

        assertThat(sink.status()).isNull();
        assertThatThrownBy(sink::toState).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no document has been evaluated");
    }
}
