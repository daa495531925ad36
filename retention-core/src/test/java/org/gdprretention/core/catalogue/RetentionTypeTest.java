package org.gdprretention.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.gdprretention.core.DisposalMode;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.RetentionCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionTypeTest {

    private static RetentionType.Builder payroll() {
        return RetentionType.builder()
                .code("PAYROLL")
                .label("en", "Payroll administration")
                .label("nl", "Salarisadministratie")
                .period("P7Y")
                .startTrigger("PROPERTY:gdpr:relationshipEnd")
                .category("OTHER");
    }

    @Test
    void buildsFromStoredTextWithDefaultsForTheOptionalFields() {
        RetentionType type = payroll().build();

        assertThat(type.code()).isEqualTo("PAYROLL");
        assertThat(type.period()).isEqualTo(RetentionPeriod.parse("P7Y"));
        assertThat(type.startTrigger()).isEqualTo(StartTrigger.property("gdpr:relationshipEnd"));
        assertThat(type.category()).isEqualTo(RetentionCategory.OTHER);
        assertThat(type.extendable()).isFalse();
        assertThat(type.maxExtensions()).isZero();
        assertThat(type.extensionPeriod()).isEqualTo(RetentionPeriod.ONE_YEAR);
        assertThat(type.consentLeadDays()).isEqualTo(30);
        assertThat(type.disposalMode()).isEqualTo(DisposalMode.PURGE_ON_APPROVAL);
    }

    @Test
    void anExtendableTypeWithoutAMaximumMayBeExtendedOnce() {
        RetentionType type = payroll().extendable(true).build();

        assertThat(type.maxExtensions()).isEqualTo(1);
        assertThat(type.allowsAnotherExtension(0)).isTrue();
        assertThat(type.allowsAnotherExtension(1)).isFalse();
    }

    @Test
    void aTypeThatIsNotExtendableNeverAllowsAnExtension() {
        assertThat(payroll().build().allowsAnotherExtension(0)).isFalse();
    }

    @Test
    void labelFallsBackFromRegionToLanguageToEnglish() {
        RetentionType type = payroll().label("nl_BE", "Loonadministratie").build();

        assertThat(type.label(Locale.forLanguageTag("nl-BE"))).isEqualTo("Loonadministratie");
        assertThat(type.label(Locale.forLanguageTag("nl-NL"))).isEqualTo("Salarisadministratie");
        assertThat(type.label(Locale.GERMAN)).isEqualTo("Payroll administration");
        assertThat(type.label(null)).isEqualTo("Payroll administration");
        assertThat(type.labels()).containsOnlyKeys("en", "nl", "nl-BE");
    }

    @Test
    void toBuilderDerivesAChangedTypeAndLeavesTheOriginalAlone() {
        RetentionType original = payroll().extendable(true).maxExtensions(3).build();

        RetentionType changed = original.toBuilder().period("P10Y").build();

        assertThat(changed.period()).hasToString("P10Y");
        assertThat(changed.maxExtensions()).isEqualTo(3);
        assertThat(original.period()).hasToString("P7Y");
        assertThat(original.toBuilder().build()).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(changed).isNotEqualTo(original);
    }

    @Test
    void labelOfEachLocaleStaysRightWhenLocalesAlternateAndRepeat() {
        RetentionType type = payroll().label("nl_BE", "Loonadministratie").build();
        Locale[] asked = {Locale.forLanguageTag("nl"), Locale.forLanguageTag("nl"), Locale.forLanguageTag("nl-BE"),
                null, Locale.ENGLISH, Locale.forLanguageTag("nl-BE"), Locale.GERMAN, Locale.forLanguageTag("nl")};
        String[] expected = {"Salarisadministratie", "Salarisadministratie", "Loonadministratie",
                "Payroll administration", "Payroll administration", "Loonadministratie", "Payroll administration",
                "Salarisadministratie"};

        for (int i = 0; i < asked.length; i++) {
            assertThat(type.label(asked[i])).as("%s (question %d)", asked[i], i).isEqualTo(expected[i]);
        }
        assertThat(type).isEqualTo(payroll().label("nl_BE", "Loonadministratie").build());
    }

    @Test
    void labelsAreNotModifiableFromOutside() {
        RetentionType type = payroll().build();

        assertThatThrownBy(() -> type.labels().put("de", "Lohn")).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "payroll", "PAY-ROLL", "PAY ROLL", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDE"})
    void refusesBadCodes(String code) {
        assertRefused(b -> b.code(code), "code", code);
    }

    @Test
    void refusesAMissingCode() {
        assertRefused(b -> RetentionType.builder().label("en", "x").label("nl", "y").period("P1Y")
                .startTrigger("CREATION_DATE").category("OTHER"), "code", "null");
    }

    @Test
    void refusesAMissingDutchLabel() {
        assertThatThrownBy(() -> payroll().labels(Map.of("en", "Payroll")).build())
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid labels '{en=Payroll}': a label is required for both 'en' and 'nl' (missing 'nl')");
    }

    @Test
    void refusesAMissingEnglishLabel() {
        assertRefused(b -> b.labels(Map.of("nl", "Salaris")), "labels", "{nl=Salaris}");
    }

    @Test
    void refusesABlankLabel() {
        assertRefused(b -> b.label("nl", "  "), "labels", "nl=  ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "english"})
    void refusesBadLanguageTags(String tag) {
        assertRefused(b -> b.label(tag, "label"), "labels", tag);
    }

    @Test
    void refusesBadPeriodsUnderTheirOwnFieldNames() {
        assertRefused(b -> b.period("PT1H"), "period", "PT1H");
        assertRefused(b -> b.extensionPeriod("-P1Y"), "extensionPeriod", "-P1Y");
        assertRefused(b -> b.period((RetentionPeriod) null), "period", "null");
    }

    @Test
    void refusesBadCategoryTriggerAndDisposalMode() {
        assertRefused(b -> b.category("LETTERS"), "category", "LETTERS");
        assertRefused(b -> b.startTrigger("WHENEVER"), "startTrigger", "WHENEVER");
        assertRefused(b -> b.disposalMode("SHRED"), "disposalMode", "SHRED");
        assertRefused(b -> b.category((RetentionCategory) null), "category", "null");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 366, Integer.MAX_VALUE})
    void refusesConsentLeadDaysOutsideZeroToAYear(int days) {
        assertRefused(b -> b.consentLeadDays(days), "consentLeadDays", String.valueOf(days));
    }

    @Test
    void acceptsConsentLeadDaysAtTheBounds() {
        assertThat(payroll().consentLeadDays(0).build().consentLeadDays()).isZero();
        assertThat(payroll().consentLeadDays(365).build().consentLeadDays()).isEqualTo(365);
    }

    @Test
    void refusesMaxExtensionsThatContradictExtendable() {
        assertRefused(b -> b.extendable(true).maxExtensions(-1), "maxExtensions", "-1");
        assertRefused(b -> b.extendable(true).maxExtensions(0), "maxExtensions", "0");
        assertRefused(b -> b.extendable(false).maxExtensions(2), "maxExtensions", "2");
    }

    private static void assertRefused(UnaryOperator<RetentionType.Builder> change, String field, String value) {
        assertThatThrownBy(() -> change.apply(payroll()).build())
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid " + field + " '" + value + "': ")
                .satisfies(e -> assertThat(((InvalidRetentionInputException) e).field()).isEqualTo(field));
    }
}
