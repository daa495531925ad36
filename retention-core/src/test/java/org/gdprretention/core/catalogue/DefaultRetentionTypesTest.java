package org.gdprretention.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gdprretention.core.DisposalMode;
import org.gdprretention.core.RetentionCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultRetentionTypesTest {

    private final RetentionCatalogue defaults = DefaultRetentionTypes.netherlands();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ID_CANDIDATE,            P4W, CREATION_DATE,                 DOSSIER_TASKS_CONTACTS, false",
        "ID_EMPLOYEE,             P5Y, PROPERTY:gdpr:relationshipEnd, DOSSIER_TASKS_CONTACTS, false",
        "PAYROLL_TAX_DECLARATION, P5Y, PROPERTY:gdpr:relationshipEnd, OTHER,                  false",
        "PAYROLL,                 P7Y, PROPERTY:gdpr:relationshipEnd, OTHER,                  false",
        "TIMESHEETS,              P7Y, PROPERTY:gdpr:relationshipEnd, OTHER,                  false",
        "APPLICATION,             P4W, PROPERTY:gdpr:relationshipEnd, DOSSIER_TASKS_CONTACTS, true",
        "CANDIDATE_PROFILE,       P2Y, CREATION_DATE,                 DOSSIER_TASKS_CONTACTS, true",
        "PERSONNEL_FILE,          P2Y, PROPERTY:gdpr:relationshipEnd, DOSSIER_TASKS_CONTACTS, true",
        "ABSENCE,                 P2Y, PROPERTY:gdpr:relationshipEnd, DOSSIER_TASKS_CONTACTS, false",
        "CERTIFICATE,             P2Y, PROPERTY:gdpr:relationshipEnd, CERTIFICATES,           true",
        "VOG,                     P4W, CREATION_DATE,                 CERTIFICATES,           false",
        "WORK_PERMIT,             P5Y, PROPERTY:gdpr:relationshipEnd, DOSSIER_TASKS_CONTACTS, false"
    })
    void everyRowOfTheDutchTableIsShipped(String code, String period, String trigger, RetentionCategory category,
            boolean extendable) {
        RetentionType type = defaults.require(code);

        assertThat(type.period()).hasToString(period);
        assertThat(type.startTrigger().toText()).isEqualTo(trigger);
        assertThat(type.category()).isEqualTo(category);
        assertThat(type.extendable()).isEqualTo(extendable);
        assertThat(type.maxExtensions() > 0).isEqualTo(extendable);
        assertThat(type.consentLeadDays()).isEqualTo(30);
        assertThat(type.disposalMode()).isEqualTo(DisposalMode.PURGE_ON_APPROVAL);
        assertThat(type.label(Locale.ENGLISH)).isNotBlank();
        assertThat(type.label(Locale.forLanguageTag("nl"))).isNotBlank().isNotEqualTo(type.label(Locale.ENGLISH));
    }

    @Test
    void shipsExactlyTheTwelveTypesOfTheTable() {
        assertThat(defaults.size()).isEqualTo(12);
    }

    @Test
    void anApplicationMayBeKeptAYearInTotalWithConsent() {
        RetentionType application = defaults.require("APPLICATION");

        LocalDate start = LocalDate.of(2025, 3, 1);
        LocalDate latest = application.extensionPeriod().addTo(application.period().addTo(start));

        assertThat(application.maxExtensions()).isEqualTo(1);
        assertThat(latest).isEqualTo(start.plusWeeks(52));
    }

    @Test
    void extendableTypesBeyondApplicationsGetAYearAtATimeThreeTimes() {
        for (String code : List.of("CANDIDATE_PROFILE", "PERSONNEL_FILE", "CERTIFICATE")) {
            RetentionType type = defaults.require(code);
            assertThat(type.extensionPeriod()).as(code).isEqualTo(RetentionPeriod.ONE_YEAR);
            assertThat(type.maxExtensions()).as(code).isEqualTo(3);
        }
    }

    /** Keeps the shipped defaults and the documented table (docs/retention-defaults-nl.md) in step. */
    @Test
    void matchesTheDocumentedTable() throws IOException {
        Path table = Path.of(System.getProperty("basedir", "."), "..", "docs", "retention-defaults-nl.md").normalize();
        assertThat(table).as("the documented defaults").isReadable();

        List<String[]> rows = Files.readAllLines(table).stream()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| code"))
                .map(line -> line.split("\\|"))
                .map(cells -> Arrays.stream(cells).map(String::trim).toArray(String[]::new))
                .collect(Collectors.toList());

        assertThat(rows).hasSize(12);
        for (String[] row : rows) {
            RetentionType type = defaults.require(row[1]);
            assertThat(row[3]).as(row[1]).startsWith(type.period().toString());
            assertThat(row[5]).as(row[1]).isEqualTo(type.category().name());
            assertThat(row[6].startsWith("yes")).as(row[1]).isEqualTo(type.extendable());
        }
    }
}
