package org.gdprretention.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.gdprretention.core.ConsentState;
import org.gdprretention.core.DisposalMode;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.catalogue.StartTrigger;
import org.gdprretention.core.extension.ContactChannel;
import org.gdprretention.core.extension.ContactKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The repository stores the engine's values as text; the model's allowed values and defaults must be exactly the
 * engine's, or a value the engine produces is refused by ACS (or a stored one cannot be parsed back).
 */
class RetentionModelEngineAlignmentTest {

    private static final ContentModelXml MODEL = ContentModelXml.retentionModel();

    @Test
    void statusListIsTheEngineStatusEnum() {
        assertThat(allowed("gdpr:statusList")).containsExactlyElementsOf(names(RetentionStatus.values()));
    }

    @Test
    void categoryListIsTheEngineCategoryEnum() {
        assertThat(allowed("gdpr:categoryList")).containsExactlyElementsOf(names(RetentionCategory.values()));
    }

    @Test
    void consentStateListIsTheEngineConsentEnum() {
        assertThat(allowed("gdpr:consentStateList")).containsExactlyElementsOf(names(ConsentState.values()));
    }

    @Test
    void disposalModeListIsTheEngineDisposalModeEnum() {
        assertThat(allowed("gdpr:disposalModeList")).containsExactlyElementsOf(names(DisposalMode.values()));
    }

    @Test
    void channelAndMomentKindListsHoldTheContactMomentVocabulary() {
        assertThat(allowed("gdpr:channelList")).containsExactlyElementsOf(names(ContactChannel.values()));
        assertThat(allowed("gdpr:momentKindList")).containsExactlyElementsOf(names(ContactKind.values()));
    }

    @Test
    void propertiesHoldingEngineValuesAreConstrainedToTheMatchingList() {
        assertThat(MODEL.property("gdpr:status").constraintRefs()).containsExactly("gdpr:statusList");
        assertThat(MODEL.property("gdpr:category").constraintRefs()).containsExactly("gdpr:categoryList");
        assertThat(MODEL.property("gdpr:typeCategory").constraintRefs()).containsExactly("gdpr:categoryList");
        assertThat(MODEL.property("gdpr:disposedCategory").constraintRefs()).containsExactly("gdpr:categoryList");
        assertThat(MODEL.property("gdpr:consentStatus").constraintRefs()).containsExactly("gdpr:consentStateList");
        assertThat(MODEL.property("gdpr:typeDisposalMode").constraintRefs()).containsExactly("gdpr:disposalModeList");
        assertThat(MODEL.property("gdpr:momentKind").constraintRefs()).containsExactly("gdpr:momentKindList");
        assertThat(MODEL.property("gdpr:momentChannel").constraintRefs()).containsExactly("gdpr:channelList");
    }

    @Test
    void defaultsAreTheEngineDefaults() {
        assertThat(ConsentState.valueOf(MODEL.property("gdpr:consentStatus").defaultValue()))
                .isEqualTo(ConsentState.NONE);
        assertThat(DisposalMode.parse(MODEL.property("gdpr:typeDisposalMode").defaultValue()))
                .isEqualTo(DisposalMode.PURGE_ON_APPROVAL);
        assertThat(Period.parse(MODEL.property("gdpr:typeExtensionPeriod").defaultValue()))
                .isEqualTo(Period.ofYears(1));
        assertThat(Integer.parseInt(MODEL.property("gdpr:extensionCount").defaultValue())).isZero();
        assertThat(MODEL.property("gdpr:typeExtendable").defaultValue()).isEqualTo("false");
    }

    @Test
    void everyDefaultSatisfiesTheConstraintsOfItsProperty() {
        List<ModelProperty> withDefaults = MODEL.properties().stream().filter(p -> p.defaultValue() != null).toList();

        assertThat(withDefaults).hasSizeGreaterThanOrEqualTo(5);
        withDefaults.forEach(p -> p.constraintRefs().forEach(ref -> assertThat(accepts(ref, p.defaultValue()))
                .as("default '%s' of %s against %s", p.defaultValue(), p.name(), ref).isTrue()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P4W", "P2Y", "P5Y", "P7Y", "P1Y", "P18M", "P30D", "P1Y6M", "P1Y2M3W4D"})
    void isoPeriodConstraintAcceptsTheEnginePeriods(String period) {
        assertThat(accepts("gdpr:isoPeriod", period)).isTrue();
        assertThat(Period.parse(period)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P", "7Y", "p7y", "P7Y ", "PT1H", "P1DT1H", "P-1Y", "P1.5Y", "P1M1Y", ""})
    void isoPeriodConstraintRefusesWhatTheEngineRefuses(String period) {
        assertThat(accepts("gdpr:isoPeriod", period)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CREATION_DATE", "EXPLICIT_DATE", "PROPERTY:gdpr:relationshipEnd", "PROPERTY:cm:created",
        "PROPERTY:hr:employment_end"})
    void startTriggerConstraintAcceptsTheEngineForms(String trigger) {
        assertThat(accepts("gdpr:startTriggerForm", trigger)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"creation", "PROPERTY:", "PROPERTY:relationshipEnd", "PROPERTY:gdpr:", "MODIFIED_DATE",
        "CREATION_DATE;DROP"})
    void startTriggerConstraintRefusesOtherText(String trigger) {
        assertThat(accepts("gdpr:startTriggerForm", trigger)).isFalse();
    }

    @Test
    void nonNegativeConstraintStartsAtZero() {
        assertThat(accepts("gdpr:nonNegative", "0")).isTrue();
        assertThat(accepts("gdpr:nonNegative", "365")).isTrue();
        assertThat(accepts("gdpr:nonNegative", "-1")).isFalse();
    }

    @Test
    void consentLeadDaysRangeIsTheEngineRange() {
        assertThat(accepts("gdpr:consentLeadDaysRange", "0")).isTrue();
        assertThat(accepts("gdpr:consentLeadDaysRange", String.valueOf(RetentionType.MAX_CONSENT_LEAD_DAYS))).isTrue();
        assertThat(accepts("gdpr:consentLeadDaysRange", String.valueOf(RetentionType.MAX_CONSENT_LEAD_DAYS + 1)))
                .isFalse();
        assertThat(accepts("gdpr:consentLeadDaysRange", "-1")).isFalse();
    }

    /** The catalogue bootstrap stores the shipped defaults as gdpr:retentionTypeDefinition nodes: ACS must accept them. */
    @Test
    void everyShippedDefaultTypeFitsTheCatalogueProperties() {
        List<RetentionType> defaults = DefaultRetentionTypes.netherlands().all();

        assertThat(defaults).isNotEmpty();
        assertThat(defaults).allSatisfy(type -> {
            assertThat(accepts("gdpr:isoPeriod", type.period().toString())).as("period of %s", type.code()).isTrue();
            assertThat(accepts("gdpr:isoPeriod", type.extensionPeriod().toString()))
                    .as("extension period of %s", type.code()).isTrue();
            assertThat(accepts("gdpr:startTriggerForm", type.startTrigger().toText()))
                    .as("start trigger of %s", type.code()).isTrue();
            assertThat(accepts("gdpr:categoryList", type.category().name())).isTrue();
            assertThat(accepts("gdpr:disposalModeList", type.disposalMode().name())).isTrue();
            assertThat(accepts("gdpr:nonNegative", String.valueOf(type.maxExtensions()))).isTrue();
            assertThat(accepts("gdpr:consentLeadDaysRange", String.valueOf(type.consentLeadDays()))).isTrue();
        });
    }

    @Test
    void dateStartTriggersOfTheDefaultsNameADatePropertyOfTheModel() {
        List<String> triggerProperties = DefaultRetentionTypes.netherlands().all().stream()
                .map(RetentionType::startTrigger)
                .filter(StartTrigger.DateProperty.class::isInstance)
                .map(t -> ((StartTrigger.DateProperty) t).propertyName())
                .distinct()
                .toList();

        assertThat(triggerProperties).containsExactly("gdpr:relationshipEnd");
        assertThat(MODEL.property("gdpr:relationshipEnd").dataType()).isEqualTo("d:date");
    }

    /** Evaluates a constraint the way ACS's LIST, REGEX and MINMAX constraints do (whole-string regex match). */
    static boolean accepts(String constraintName, String value) {
        ModelConstraint constraint = MODEL.constraint(constraintName);
        return switch (constraint.type()) {
            case "LIST" -> constraint.allowedValues().contains(value);
            case "REGEX" -> Pattern.compile(constraint.parameter("expression")).matcher(value).matches()
                    == Boolean.parseBoolean(constraint.parameter("requiresMatch"));
            case "MINMAX" -> {
                double number = Double.parseDouble(value);
                String min = constraint.parameter("minValue");
                String max = constraint.parameter("maxValue");
                yield (min == null || number >= Double.parseDouble(min))
                        && (max == null || number <= Double.parseDouble(max));
            }
            default -> throw new IllegalArgumentException(
                    "Invalid constraint type '" + constraint.type() + "' of " + constraintName + ": not evaluated here");
        };
    }

    private static List<String> allowed(String constraintName) {
        ModelConstraint constraint = MODEL.constraint(constraintName);
        assertThat(constraint.type()).isEqualTo("LIST");
        assertThat(constraint.parameter("caseSensitive")).isEqualTo("true");
        return constraint.allowedValues();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
