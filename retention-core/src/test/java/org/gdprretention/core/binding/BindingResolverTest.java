package org.gdprretention.core.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BindingResolverTest {

    private final RetentionCatalogue catalogue = DefaultRetentionTypes.netherlands();

    @ParameterizedTest(name = "explicit={0} template={1} rule={2} -> {3} {4}")
    @CsvSource(nullValues = "null", value = {
        "PAYROLL, VOG,     CERTIFICATE, PAYROLL,     EXPLICIT",
        "null,    VOG,     CERTIFICATE, VOG,         TEMPLATE",
        "'',      VOG,     CERTIFICATE, VOG,         TEMPLATE",
        "'  ',    '',      CERTIFICATE, CERTIFICATE, FOLDER_RULE",
        "null,    null,    CERTIFICATE, CERTIFICATE, FOLDER_RULE",
        "PAYROLL, null,    null,        PAYROLL,     EXPLICIT",
        "null,    VOG,     null,        VOG,         TEMPLATE"
    })
    void strongestPresentSourceWins(String explicit, String template, String rule, String code, BindingSource source) {
        assertThat(BindingResolver.resolve(explicit, template, rule)).isEqualTo(new ResolvedBinding(code, source));
    }

    @Test
    void nothingPresentResolvesToNoneWithoutCode() {
        ResolvedBinding binding = BindingResolver.resolve(null, " ", "");

        assertThat(binding).isEqualTo(ResolvedBinding.NONE);
        assertThat(binding.isBound()).isFalse();
        assertThat(binding.code()).isNull();
        assertThat(binding.codeIfBound()).isEmpty();
    }

    @Test
    void surroundingSpaceOfACodeIsIgnored() {
        assertThat(BindingResolver.resolve(" VOG ", null, null).code()).isEqualTo("VOG");
    }

    @Test
    void validatesTheWinningCodeAgainstTheCatalogue() {
        assertThat(BindingResolver.resolve(null, "VOG", null, catalogue))
                .isEqualTo(new ResolvedBinding("VOG", BindingSource.TEMPLATE));
        assertThat(BindingResolver.resolve(null, null, null, catalogue)).isEqualTo(ResolvedBinding.NONE);
    }

    @Test
    void anUnknownExplicitCodeIsRefusedRatherThanFallingBackToTheTemplate() {
        assertThatThrownBy(() -> BindingResolver.resolve("SHOE_SIZES", "VOG", null, catalogue))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid retentionType 'SHOE_SIZES': is not a retention type in the catalogue");
    }

    @Test
    void aBindingHasACodeExactlyWhenItIsBound() {
        assertThatThrownBy(() -> new ResolvedBinding("VOG", BindingSource.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResolvedBinding(null, BindingSource.TEMPLATE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
