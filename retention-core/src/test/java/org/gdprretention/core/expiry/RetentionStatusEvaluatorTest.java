package org.gdprretention.core.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.catalogue.RetentionType;
import org.junit.jupiter.api.Test;

class RetentionStatusEvaluatorTest {

    private static final DocumentId DOC = DocumentId.of("workspace://SpacesStore/doc-1");
    private static final LocalDate START = LocalDate.of(2023, 3, 15);
    // P2Y from 2023-03-15: kept through 2025-03-15, which ends at 2025-03-15T23:00Z (winter time).
    private static final LocalDate EXPIRY = LocalDate.of(2025, 3, 15);
    private static final Instant EXPIRED_FROM = Instant.parse("2025-03-15T23:00:00Z");

    private final ExpiryCalculator calculator = new ExpiryCalculator();
    private final RetentionStatusEvaluator evaluator = new RetentionStatusEvaluator(calculator);

    static RetentionType type(String period, int leadDays) {
        return RetentionType.builder().code("PERSONNEL_FILE").label("en", "Personnel file")
                .label("nl", "Personeelsdossier").period(period).startTrigger("PROPERTY:gdpr:relationshipEnd")
                .category("DOSSIER_TASKS_CONTACTS").extendable(true).maxExtensions(3).consentLeadDays(leadDays).build();
    }

    private static RetentionFacts facts(int leadDays) {
        return RetentionFacts.of(DOC, type("P2Y", leadDays), START);
    }

    @Test
    void isExpiredFromTheFirstInstantAfterTheExpiryDateAndNotANanosecondEarlier() {
        assertThat(evaluator.evaluate(facts(30), EXPIRED_FROM.minusNanos(1)))
                .isEqualTo(new RetentionState(EXPIRY, RetentionStatus.EXPIRING));
        assertThat(evaluator.evaluate(facts(30), EXPIRED_FROM))
                .isEqualTo(new RetentionState(EXPIRY, RetentionStatus.EXPIRED));
    }

    @Test
    void isExpiringFromTheStartOfTheDayLeadDaysBeforeExpiry() {
        Instant leadStart = LocalDate.of(2025, 2, 13).atStartOfDay(calculator.zone()).toInstant();

        assertThat(evaluator.evaluate(facts(30), leadStart.minusNanos(1)).status()).isEqualTo(RetentionStatus.ACTIVE);
        assertThat(evaluator.evaluate(facts(30), leadStart).status()).isEqualTo(RetentionStatus.EXPIRING);
    }

    @Test
    void withZeroLeadDaysOnlyTheExpiryDateItselfIsExpiring() {
        Instant expiryDayStart = EXPIRY.atStartOfDay(calculator.zone()).toInstant();

        assertThat(evaluator.evaluate(facts(0), expiryDayStart.minusNanos(1)).status())
                .isEqualTo(RetentionStatus.ACTIVE);
        assertThat(evaluator.evaluate(facts(0), expiryDayStart).status()).isEqualTo(RetentionStatus.EXPIRING);
        assertThat(evaluator.evaluate(facts(0), EXPIRED_FROM).status()).isEqualTo(RetentionStatus.EXPIRED);
    }

    @Test
    void expiryOnTheDayClocksGoForwardExpiresAfterTheShortDay() {
        RetentionFacts facts = RetentionFacts.of(DOC, type("P2Y", 0), LocalDate.of(2023, 3, 30));
        Instant endOfShortDay = Instant.parse("2025-03-30T22:00:00Z");

        assertThat(evaluator.evaluate(facts, endOfShortDay.minusSeconds(1)).status()).isEqualTo(RetentionStatus.EXPIRING);
        assertThat(evaluator.evaluate(facts, endOfShortDay).status()).isEqualTo(RetentionStatus.EXPIRED);
    }

    @Test
    void expiryOnTheDayClocksGoBackIsKeptThroughTheLongDay() {
        RetentionFacts facts = RetentionFacts.of(DOC, type("P2Y", 0), LocalDate.of(2023, 10, 26));
        Instant endOfLongDay = Instant.parse("2025-10-26T23:00:00Z");

        assertThat(evaluator.evaluate(facts, endOfLongDay.minusSeconds(1)).status()).isEqualTo(RetentionStatus.EXPIRING);
        assertThat(evaluator.evaluate(facts, endOfLongDay).status()).isEqualTo(RetentionStatus.EXPIRED);
    }

    @Test
    void anUnknownStartIsPendingWithoutExpiryEvenCenturiesLater() {
        RetentionFacts pending = facts(30).withStartDate(null);

        assertThat(evaluator.evaluate(pending, Instant.parse("2999-01-01T00:00:00Z")))
                .isEqualTo(new RetentionState(null, RetentionStatus.PENDING_START));
    }

    @Test
    void purgedBeatsHoldAndHoldBeatsEveryDateBasedStatus() {
        Instant longAfter = Instant.parse("2030-01-01T00:00:00Z");

        assertThat(evaluator.evaluate(facts(30).withOnHold(true), longAfter))
                .isEqualTo(new RetentionState(EXPIRY, RetentionStatus.ON_HOLD));
        assertThat(evaluator.evaluate(facts(30).withOnHold(true).withPurged(true), longAfter))
                .isEqualTo(new RetentionState(EXPIRY, RetentionStatus.PURGED));
        assertThat(evaluator.evaluate(facts(30).withStartDate(null).withOnHold(true), longAfter).status())
                .isEqualTo(RetentionStatus.ON_HOLD);
        assertThat(evaluator.evaluate(facts(30).withStartDate(null).withPurged(true), longAfter).status())
                .isEqualTo(RetentionStatus.PURGED);
    }

    @Test
    void grantedExtensionsMoveExpiryAndStatus() {
        RetentionFacts extended = facts(30).withGrantedExtension(RetentionPeriod.ONE_YEAR);

        assertThat(evaluator.evaluate(extended, EXPIRED_FROM))
                .isEqualTo(new RetentionState(LocalDate.of(2026, 3, 15), RetentionStatus.ACTIVE));
    }

    @Test
    void aConsentedExtensionSurvivesAChangeOfTheTypesPeriod() {
        RetentionFacts extended = facts(30).withGrantedExtension(RetentionPeriod.ONE_YEAR);
        RetentionType longer = extended.type().toBuilder().period("P3Y").extensionPeriod("P6M").build();

        RetentionState state = evaluator.evaluate(extended.withType(longer), EXPIRED_FROM);

        // start + new period + the year actually granted, not the type's new extension period
        assertThat(state.expiryDate()).isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void aMomentEvaluatesLikeTheConvenienceMethod() {
        RetentionStatusEvaluator.Moment moment = evaluator.at(EXPIRED_FROM);

        assertThat(moment.now()).isEqualTo(EXPIRED_FROM);
        assertThat(moment.evaluate(facts(30))).isEqualTo(evaluator.evaluate(facts(30), EXPIRED_FROM));
    }

    @Test
    void aDayWhoseLastHourRepeatsIsNotExpiredDuringTheRepeat() {
        RetentionStatusEvaluator santiago = new RetentionStatusEvaluator(
                new ExpiryCalculator(ZoneId.of("America/Santiago")));
        RetentionFacts facts = RetentionFacts.of(DOC, type("P1Y", 0), LocalDate.of(2023, 4, 6));

        assertThat(santiago.evaluate(facts, Instant.parse("2024-04-07T03:30:00Z")).status())
                .isEqualTo(RetentionStatus.EXPIRING);
        assertThat(santiago.evaluate(facts, Instant.parse("2024-04-07T04:00:00Z")).status())
                .isEqualTo(RetentionStatus.EXPIRED);
    }

    @Test
    void statusAgreesWithExpiredFromAndLeadDaysAtAnyInstant() {
        long from = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2027-01-01T00:00:00Z").getEpochSecond();
        qt().forAll(longs().between(from, to), integers().between(0, 365))
                .checkAssert((second, lead) -> {
                    Instant now = Instant.ofEpochSecond(second);
                    RetentionState state = evaluator.evaluate(facts(lead), now);
                    RetentionStatus expected;
                    if (!now.isBefore(calculator.expiredFrom(state.expiryDate()))) {
                        expected = RetentionStatus.EXPIRED;
                    } else if (!calculator.localDate(now).isBefore(state.expiryDate().minusDays(lead))) {
                        expected = RetentionStatus.EXPIRING;
                    } else {
                        expected = RetentionStatus.ACTIVE;
                    }
                    assertThat(state.status()).isEqualTo(expected);
                });
    }

    @Test
    void grantedExtensionsAreCopiedSoTheFactsCannotChangeAfterwards() {
        List<RetentionPeriod> granted = new ArrayList<>(List.of(RetentionPeriod.ONE_YEAR));
        RetentionFacts facts = new RetentionFacts(DOC, type("P2Y", 30), START, granted, false, false);

        granted.add(RetentionPeriod.ONE_YEAR);

        assertThat(facts.grantedExtensions()).hasSize(1);
        assertThat(new RetentionFacts(DOC, type("P2Y", 30), START, null, false, false).grantedExtensions()).isEmpty();
    }
}
