package org.gdprretention.benchmark.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.catalogue.StartTrigger;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionFacts;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.junit.jupiter.api.Test;

class DocumentMixTest {

    private static final int DOCUMENTS = 20_000;
    private final DocumentMix mix = DocumentMix.generate(DOCUMENTS, DocumentMix.DEFAULT_SEED);

    @Test
    void theSameSeedGivesTheSameDocumentsAndAnotherSeedOthers() {
        DocumentMix again = DocumentMix.generate(DOCUMENTS, DocumentMix.DEFAULT_SEED);
        DocumentMix other = DocumentMix.generate(DOCUMENTS, DocumentMix.DEFAULT_SEED + 1);

        assertThat(again.facts()).containsExactly(mix.facts());
        assertThat(again.startDates()).containsExactly(mix.startDates());
        assertThat(Arrays.equals(other.startDates(), mix.startDates())).isFalse();
    }

    // The baseline must add the same periods to the same dates, or the ratio compares different work.
    @Test
    void theBaselineArraysDescribeTheSameDocumentsAsTheFacts() {
        RetentionFacts[] facts = mix.facts();
        assertThat(mix.startDates()).hasSize(DOCUMENTS).doesNotContainNull();
        assertThat(mix.periods()).hasSize(DOCUMENTS).doesNotContainNull();
        for (int i = 0; i < DOCUMENTS; i++) {
            assertThat(mix.periods()[i]).isEqualTo(facts[i].type().period().period());
            if (facts[i].startKnown()) {
                assertThat(facts[i].startDate()).isEqualTo(mix.startDates()[i]);
            }
        }
    }

    @Test
    void theEngineComputesWhatTheBareAdditionPlusTheExtensionsGives() {
        RetentionStatusEvaluator.Moment moment =
                new RetentionStatusEvaluator(new ExpiryCalculator()).at(DocumentMix.REFERENCE_NOW);
        RetentionFacts[] facts = mix.facts();
        for (int i = 0; i < DOCUMENTS; i++) {
            LocalDate expected = mix.startDates()[i].plus(mix.periods()[i]);
            for (RetentionPeriod extension : facts[i].grantedExtensions()) {
                expected = expected.plus(extension.period());
            }
            LocalDate computed = moment.evaluate(facts[i]).expiryDate();
            assertThat(computed).isEqualTo(facts[i].startKnown() ? expected : null);
        }
    }

    @Test
    void everyDefaultTypeOccursAndTimesheetsAreTheMostCommon() {
        Set<String> codes = Arrays.stream(mix.facts()).map(f -> f.type().code()).collect(Collectors.toSet());
        long timesheets = Arrays.stream(mix.facts()).filter(f -> f.type().code().equals("TIMESHEETS")).count();
        long payroll = Arrays.stream(mix.facts()).filter(f -> f.type().code().equals("PAYROLL")).count();

        assertThat(codes).containsExactlyInAnyOrderElementsOf(
                DefaultRetentionTypes.netherlands().all().stream().map(RetentionType::code).toList());
        assertThat(timesheets).isGreaterThan(payroll);
    }

    @Test
    void onlyRelationshipEndTypesWaitForTheirStartAndAboutTheConfiguredShareDoes() {
        long relationshipEnd = Arrays.stream(mix.facts())
                .filter(f -> f.type().startTrigger() != StartTrigger.CREATION_DATE).count();
        long pending = Arrays.stream(mix.facts()).filter(f -> !f.startKnown()).count();

        assertThat(Arrays.stream(mix.facts()).filter(f -> !f.startKnown()))
                .allMatch(f -> f.type().startTrigger() != StartTrigger.CREATION_DATE);
        assertThat(100.0 * pending / relationshipEnd)
                .isBetween(DocumentMix.RELATIONSHIP_ONGOING_PERCENT - 2.0, DocumentMix.RELATIONSHIP_ONGOING_PERCENT + 2.0);
    }

    @Test
    void extensionsAreGrantedOnlyWhereTheTypeAllowsThemAndWithinItsLimit() {
        List<RetentionFacts> extended = Arrays.stream(mix.facts())
                .filter(f -> !f.grantedExtensions().isEmpty()).toList();

        assertThat(extended).isNotEmpty().allSatisfy(f -> {
            assertThat(f.type().extendable()).isTrue();
            assertThat(f.grantedExtensions()).hasSizeLessThanOrEqualTo(f.type().maxExtensions())
                    .containsOnly(f.type().extensionPeriod());
        });
    }

    @Test
    void aFewDocumentsAreOnHoldAndNoneIsPurged() {
        long held = Arrays.stream(mix.facts()).filter(RetentionFacts::onHold).count();

        assertThat(100.0 * held / DOCUMENTS).isBetween(1.0, 3.0);
        assertThat(mix.facts()).noneMatch(RetentionFacts::purged);
    }

    @Test
    void aCountBelowOneIsRefusedNamingTheCount() {
        assertThatThrownBy(() -> DocumentMix.generate(0, 1L))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid documents '0': must be at least 1");
    }

    @Test
    void anEmptyListOfTypesIsRefusedNamingTheTypes() {
        assertThatThrownBy(() -> DocumentMix.generate(10, 1L, List.of()))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid types '[]': must not be empty");
    }
}
