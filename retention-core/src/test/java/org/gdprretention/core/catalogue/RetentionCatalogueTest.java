package org.gdprretention.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gdprretention.core.InvalidRetentionInputException;
import org.junit.jupiter.api.Test;

class RetentionCatalogueTest {

    static RetentionType type(String code, String period) {
        return RetentionType.builder().code(code).label("en", code).label("nl", code).period(period)
                .startTrigger("CREATION_DATE").category("OTHER").build();
    }

    @Test
    void listsAllTypesSortedByCode() {
        RetentionCatalogue catalogue = RetentionCatalogue.of(List.of(type("VOG", "P4W"), type("APPLICATION", "P4W"),
                type("PAYROLL", "P7Y")));

        assertThat(catalogue.all()).extracting(RetentionType::code).containsExactly("APPLICATION", "PAYROLL", "VOG");
        assertThat(catalogue.size()).isEqualTo(3);
    }

    @Test
    void findsByCodeAndReportsAbsenceAsEmpty() {
        RetentionCatalogue catalogue = RetentionCatalogue.of(List.of(type("VOG", "P4W")));

        assertThat(catalogue.find("VOG")).map(RetentionType::code).contains("VOG");
        assertThat(catalogue.find(" VOG ")).isPresent();
        assertThat(catalogue.find("PAYROLL")).isEmpty();
        assertThat(catalogue.find(null)).isEmpty();
    }

    @Test
    void requireRefusesAnUnknownCodeAsARetentionType() {
        RetentionCatalogue catalogue = RetentionCatalogue.of(List.of(type("VOG", "P4W")));

        assertThat(catalogue.require("VOG").period()).hasToString("P4W");
        assertThatThrownBy(() -> catalogue.require("PAYROLL"))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid retentionType 'PAYROLL': is not a retention type in the catalogue");
    }

    @Test
    void refusesDuplicateCodesWhenBuilt() {
        assertThatThrownBy(() -> RetentionCatalogue.of(List.of(type("VOG", "P4W"), type("VOG", "P1Y"))))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid code 'VOG': ")
                .hasMessageContaining("duplicate");
    }

    @Test
    void withReturnsALargerCatalogueAndRefusesADuplicate() {
        RetentionCatalogue one = RetentionCatalogue.empty().with(type("VOG", "P4W"));
        RetentionCatalogue two = one.with(type("PAYROLL", "P7Y"));

        assertThat(one.size()).isEqualTo(1);
        assertThat(two.all()).extracting(RetentionType::code).containsExactly("PAYROLL", "VOG");
        assertThatThrownBy(() -> two.with(type("PAYROLL", "P5Y")))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid code 'PAYROLL': duplicate");
    }

    @Test
    void withReplacedSwapsTheTypeOfTheSameCode() {
        RetentionCatalogue catalogue = RetentionCatalogue.of(List.of(type("VOG", "P4W")));

        RetentionCatalogue changed = catalogue.withReplaced(type("VOG", "P8W"));

        assertThat(changed.require("VOG").period()).hasToString("P8W");
        assertThat(catalogue.require("VOG").period()).hasToString("P4W");
    }

    @Test
    void theListOfAllTypesCannotChangeTheCatalogue() {
        RetentionCatalogue catalogue = RetentionCatalogue.of(List.of(type("VOG", "P4W")));

        assertThatThrownBy(() -> catalogue.all().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(catalogue.size()).isEqualTo(1);
    }
}
