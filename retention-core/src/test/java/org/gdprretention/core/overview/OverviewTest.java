package org.gdprretention.core.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.core.overview.OverviewRows.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gdprretention.core.ConsentState;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.RetentionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OverviewTest {

    private static final OverviewRow CONTRACT = row("d1", "Contract Jansen.pdf", "hr", "Arbeidscontract",
            "PERSONNEL_7Y", RetentionCategory.DOSSIER_TASKS_CONTACTS, LocalDate.of(2026, 1, 31),
            RetentionStatus.ACTIVE, ConsentState.NONE);
    private static final OverviewRow DIPLOMA = row("d2", "Diploma VCA.pdf", "hr", "Certificaat", "CERT_2Y",
            RetentionCategory.CERTIFICATES, LocalDate.of(2025, 6, 1), RetentionStatus.EXPIRING,
            ConsentState.REQUESTED);
    private static final OverviewRow NOTE = row("d3", "aantekeningen.txt", null, null, "OTHER_1Y", RetentionCategory.OTHER,
            LocalDate.of(2024, 12, 1), RetentionStatus.EXPIRED, ConsentState.REFUSED);
    private static final OverviewRow PENDING = row("d4", "Loonstrook.pdf", "payroll", "Loonstrook", "PERSONNEL_7Y",
            RetentionCategory.DOSSIER_TASKS_CONTACTS, null, RetentionStatus.PENDING_START, ConsentState.NONE);
    private static final List<OverviewRow> ALL = List.of(CONTRACT, DIPLOMA, NOTE, PENDING);

    private static List<OverviewRow> shown(OverviewQuery query) {
        return Overview.page(ALL, query).entries();
    }

    @Test
    void defaultQueryShowsEverythingByExpiryWithUnknownExpiryLast() {
        OverviewPage page = Overview.page(ALL, OverviewQuery.builder().build());

        assertThat(page.entries()).containsExactly(NOTE, DIPLOMA, CONTRACT, PENDING);
        assertThat(page.totalItems()).isEqualTo(4);
        assertThat(page.count()).isEqualTo(4);
        assertThat(page.hasMoreItems()).isFalse();
        assertThat(page.maxItems()).isEqualTo(OverviewQuery.DEFAULT_MAX_ITEMS);
    }

    @Test
    void unknownExpiryStaysLastWhenSortingDescending() {
        assertThat(shown(OverviewQuery.builder().sort(OverviewColumn.EXPIRY_DATE, SortDirection.DESC).build()))
                .containsExactly(CONTRACT, DIPLOMA, NOTE, PENDING);
    }

    @Test
    void filtersOnAnyOfSeveralStatuses() {
        assertThat(shown(OverviewQuery.builder()
                .statuses(Set.of(RetentionStatus.EXPIRED, RetentionStatus.EXPIRING)).build()))
                .containsExactly(NOTE, DIPLOMA);
    }

    @Test
    void filtersOnTemplateIgnoringCase() {
        assertThat(shown(OverviewQuery.builder().template("arbeidscontract").build())).containsExactly(CONTRACT);
    }

    @Test
    void filtersOnCategory() {
        assertThat(shown(OverviewQuery.builder().category(RetentionCategory.DOSSIER_TASKS_CONTACTS).build()))
                .containsExactly(CONTRACT, PENDING);
    }

    @Test
    void filtersOnRetentionTypeCode() {
        assertThat(shown(OverviewQuery.builder().retentionTypeCode("cert_2y").build())).containsExactly(DIPLOMA);
    }

    @Test
    void freeTextSearchesNameTemplateAndTypeIgnoringCase() {
        assertThat(shown(OverviewQuery.builder().text("JANSEN").build())).as("name").containsExactly(CONTRACT);
        assertThat(shown(OverviewQuery.builder().text("certif").build())).as("template").containsExactly(DIPLOMA);
        assertThat(shown(OverviewQuery.builder().text("other_").build())).as("type code").containsExactly(NOTE);
        assertThat(shown(OverviewQuery.builder().text("payroll").build())).as("site is not searched").isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(shown(OverviewQuery.builder().text("pdf").category(RetentionCategory.DOSSIER_TASKS_CONTACTS)
                .statuses(Set.of(RetentionStatus.ACTIVE)).build())).containsExactly(CONTRACT);
    }

    @Test
    void blankFiltersMatchEverything() {
        assertThat(shown(OverviewQuery.builder().text("  ").template("").retentionTypeCode(" ").build()))
                .hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(OverviewColumn.class)
    void everyColumnSortsBothWaysWithUnknownValuesLastAndIdAsTieBreaker(OverviewColumn column) {
        for (SortDirection direction : SortDirection.values()) {
            List<OverviewRow> sorted = shown(OverviewQuery.builder().sort(column, direction).build());
            assertThat(sorted).hasSize(4);
            for (int i = 1; i < sorted.size(); i++) {
                String before = column.textOf(sorted.get(i - 1));
                String after = column.textOf(sorted.get(i));
                assertThat(before == null && after != null).as("%s %s: null before value", column, direction).isFalse();
                if (before != null && after != null) {
                    int cmp = column.comparator(SortDirection.ASC).compare(sorted.get(i - 1), sorted.get(i));
                    assertThat(direction == SortDirection.ASC ? cmp : -cmp).as("%s %s at %d", column, direction, i)
                            .isLessThanOrEqualTo(0);
                }
            }
        }
    }

    @Test
    void sortsNamesIgnoringCase() {
        assertThat(shown(OverviewQuery.builder().sort(OverviewColumn.NAME, SortDirection.ASC).build()))
                .extracting(OverviewRow::name)
                .containsExactly("aantekeningen.txt", "Contract Jansen.pdf", "Diploma VCA.pdf", "Loonstrook.pdf");
    }

    @Test
    void siteWithoutValueSortsLastEitherWay() {
        assertThat(shown(OverviewQuery.builder().sort(OverviewColumn.SITE, SortDirection.ASC).build()))
                .extracting(OverviewRow::documentId).containsExactly(id("d1"), id("d2"), id("d4"), id("d3"));
        assertThat(shown(OverviewQuery.builder().sort(OverviewColumn.SITE, SortDirection.DESC).build()))
                .extracting(OverviewRow::documentId).containsExactly(id("d4"), id("d1"), id("d2"), id("d3"));
    }

    @Test
    void equalValuesAreOrderedByDocumentId() {
        LocalDate day = LocalDate.of(2025, 5, 5);
        List<OverviewRow> rows = List.of(row("c", "x", day), row("a", "x", day), row("b", "x", day));

        assertThat(Overview.page(rows, OverviewQuery.builder().sort(OverviewColumn.EXPIRY_DATE, SortDirection.DESC)
                .build()).entries()).extracting(OverviewRow::documentId).containsExactly(id("a"), id("b"), id("c"));
    }

    @Test
    void pagesThroughWithoutOverlapOrGaps() {
        OverviewPage first = Overview.page(ALL, OverviewQuery.builder().page(0, 3).build());
        OverviewPage second = Overview.page(ALL, OverviewQuery.builder().page(3, 3).build());

        assertThat(first.entries()).containsExactly(NOTE, DIPLOMA, CONTRACT);
        assertThat(first.hasMoreItems()).isTrue();
        assertThat(second.entries()).containsExactly(PENDING);
        assertThat(second.hasMoreItems()).isFalse();
        assertThat(second.totalItems()).isEqualTo(4);
        assertThat(second.skipCount()).isEqualTo(3);
    }

    @Test
    void skippingPastTheEndGivesAnEmptyPageWithTheTotal() {
        OverviewPage page = Overview.page(ALL, OverviewQuery.builder().page(10, 5).build());

        assertThat(page.entries()).isEmpty();
        assertThat(page.totalItems()).isEqualTo(4);
        assertThat(page.hasMoreItems()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    void negativeSkipCountIsRefused(int skip) {
        assertThatThrownBy(() -> OverviewQuery.builder().page(skip, 10).build())
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid skipCount '" + skip + "': must be 0 or more");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 1001})
    void maxItemsOutsideOneToThousandIsRefused(int max) {
        assertThatThrownBy(() -> OverviewQuery.builder().page(0, max).build())
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid maxItems '" + max + "': must be between 1 and 1000");
    }

    @Test
    void maxItemsAtTheLimitsIsAccepted() {
        assertThat(OverviewQuery.builder().page(0, 1).build().maxItems()).isEqualTo(1);
        assertThat(OverviewQuery.builder().page(Integer.MAX_VALUE, 1000).build().maxItems()).isEqualTo(1000);
    }

    @Test
    void hugeSkipCountDoesNotOverflow() {
        OverviewPage page = Overview.page(ALL, OverviewQuery.builder().page(Integer.MAX_VALUE, 1000).build());

        assertThat(page.entries()).isEmpty();
        assertThat(page.totalItems()).isEqualTo(4);
    }

    @Test
    void sortColumnAndDirectionParseFromRestParameters() {
        assertThat(OverviewColumn.parse("expiryDate")).isEqualTo(OverviewColumn.EXPIRY_DATE);
        assertThat(OverviewColumn.parse("RETENTION_TYPE")).isEqualTo(OverviewColumn.RETENTION_TYPE);
        assertThat(SortDirection.parse(" Desc ")).isEqualTo(SortDirection.DESC);
        assertThatThrownBy(() -> OverviewColumn.parse("size")).isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid sortBy 'size'");
        assertThatThrownBy(() -> SortDirection.parse("up")).isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid sortDirection 'up'");
    }

    @Test
    void rowRefusesMissingRequiredValuesNamingTheField() {
        assertThatThrownBy(() -> row("d", " ", null)).hasMessageStartingWith("Invalid name ' '");
        assertThatThrownBy(() -> row("d", "n", null, null, "", RetentionCategory.OTHER, null,
                RetentionStatus.ACTIVE, ConsentState.NONE)).hasMessageStartingWith("Invalid retentionTypeCode ''");
        assertThatThrownBy(() -> row("d", "n", null, null, "T", null, null, RetentionStatus.ACTIVE,
                ConsentState.NONE)).hasMessageStartingWith("Invalid category 'null'");
        assertThatThrownBy(() -> row("d", "n", null, null, "T", RetentionCategory.OTHER, null, null,
                ConsentState.NONE)).hasMessageStartingWith("Invalid status 'null'");
        assertThatThrownBy(() -> row("d", "n", null, null, "T", RetentionCategory.OTHER, null,
                RetentionStatus.ACTIVE, null)).hasMessageStartingWith("Invalid consentState 'null'");
    }

    private static DocumentId id(String value) {
        return DocumentId.of(value);
    }
}
