package org.gdprretention.core.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gdprretention.core.ConsentState;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.RetentionStatus;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The bounded-heap page equals sorting everything and cutting the page out, and pages tile the result. */
class OverviewPropertiesTest {

    private static final List<String> NAMES = List.of("anna", "Anna", "Bert", "bert", "Zeno", "ç");

    /** Row without id; ids come from the position so they are unique. */
    private record Shape(int name, int expiryOffset, RetentionStatus status, RetentionCategory category) {
    }

    private static final Gen<Shape> SHAPES = integers().between(0, NAMES.size()).zip(integers().between(-3, 3),
            Generate.enumValues(RetentionStatus.class), Generate.enumValues(RetentionCategory.class), Shape::new);

    private static List<OverviewRow> rows(List<Shape> shapes) {
        List<OverviewRow> rows = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            String name = s.name() == NAMES.size() ? "doc" : NAMES.get(s.name());
            LocalDate expiry = s.expiryOffset() == -3 ? null : LocalDate.of(2025, 1, 10).plusDays(s.expiryOffset());
            rows.add(new OverviewRow(DocumentId.of("id-" + (1000 - i)), name, i % 3 == 0 ? null : "site" + i % 2,
                    i % 4 == 0 ? null : "T" + i % 3, "TYPE" + i % 2, s.category(), expiry, s.status(),
                    ConsentState.values()[i % ConsentState.values().length]));
        }
        return rows;
    }

    @Test
    void pageEqualsFullSortCutToThePage() {
        qt().withExamples(1500)
                .forAll(lists().of(SHAPES).ofSizeBetween(0, 40), Generate.enumValues(OverviewColumn.class),
                        Generate.enumValues(SortDirection.class), integers().between(0, 45))
                .checkAssert((shapes, column, direction, skip) -> {
                    List<OverviewRow> rows = rows(shapes);
                    OverviewQuery query = OverviewQuery.builder().sort(column, direction).page(skip, 7)
                            .statuses(Set.of(RetentionStatus.ACTIVE, RetentionStatus.EXPIRED, RetentionStatus.ON_HOLD))
                            .build();

                    List<OverviewRow> expected = rows.stream().filter(query::matches).sorted(query.order()).toList();
                    OverviewPage page = Overview.page(rows, query);

                    assertThat(page.entries())
                            .isEqualTo(expected.subList(Math.min(skip, expected.size()),
                                    Math.min(skip + 7, expected.size())));
                    assertThat(page.totalItems()).isEqualTo(expected.size());
                    assertThat(page.hasMoreItems()).isEqualTo(skip + 7 < expected.size());
                });
    }

    @Test
    void consecutivePagesTileTheWholeResult() {
        qt().withExamples(300)
                .forAll(lists().of(SHAPES).ofSizeBetween(0, 40), Generate.enumValues(OverviewColumn.class),
                        integers().between(1, 9))
                .checkAssert((shapes, column, size) -> {
                    List<OverviewRow> rows = rows(shapes);
                    List<OverviewRow> collected = new ArrayList<>();
                    int skip = 0;
                    OverviewPage page;
                    do {
                        page = Overview.page(rows, OverviewQuery.builder().sort(column, SortDirection.DESC)
                                .page(skip, size).build());
                        collected.addAll(page.entries());
                        skip += size;
                    } while (page.hasMoreItems());

                    assertThat(collected).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(rows);
                });
    }
}
