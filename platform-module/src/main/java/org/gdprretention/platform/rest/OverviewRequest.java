package org.gdprretention.platform.rest;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alfresco.rest.framework.resource.parameters.Paging;
import org.alfresco.rest.framework.resource.parameters.SortColumn;
import org.gdprretention.core.ConsentState;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.platform.overview.OverviewFilter;
import org.gdprretention.platform.overview.OverviewSort;

/**
 * The overview's query parameters, shared by {@code GET /retentions}, {@code GET /retention-summaries/-current-}
 * and the CSV export: {@code status} (repeatable or a comma list), {@code retentionType}, {@code category},
 * {@code template} (node id), {@code site}, {@code expiryFrom}/{@code expiryTo} ({@code yyyy-MM-dd}, inclusive),
 * {@code consentStatus}, {@code onHold}, {@code subject}, {@code text}.
 */
public final class OverviewRequest {

    /** The filter parameters. */
    public static final Set<String> FILTERS = Set.of("status", "retentionType", "category", "template", "site",
            "expiryFrom", "expiryTo", "consentStatus", "onHold", "subject", "text");

    /** The most rows one page may have. */
    public static final int MAX_ITEMS = 1000;

    private OverviewRequest() {
    }

    /** The filter of these parameters (which the caller has already limited to the ones it knows). */
    public static OverviewFilter filter(QueryParams params) {
        Set<RetentionStatus> statuses = EnumSet.noneOf(RetentionStatus.class);
        for (String status : params.all("status")) {
            statuses.add(QueryParams.constant("status", status, RetentionStatus.class));
        }
        String template = params.single("template");
        LocalDate from = params.day("expiryFrom");
        LocalDate to = params.day("expiryTo");
        if (from != null && to != null && from.isAfter(to)) {
            throw RestErrors.invalid("expiryRange");
        }
        return new OverviewFilter(statuses, params.code("retentionType"),
                params.enumValue("category", RetentionCategory.class),
                template == null ? null : NodeIds.parse(template, "template"), params.code("site"), from, to,
                params.enumValue("consentStatus", ConsentState.class), params.bool("onHold"), params.text("subject"),
                params.text("text"));
    }

    /** The order of {@code orderBy}: one column of {@link OverviewSort.Column}; expiry date ascending by default. */
    public static OverviewSort sort(List<SortColumn> sorting) {
        if (sorting == null || sorting.isEmpty()) {
            return OverviewSort.BY_EXPIRY;
        }
        if (sorting.size() > 1) {
            throw RestErrors.invalid("orderByOne");
        }
        OverviewSort.Column column = OverviewSort.Column.byKey(sorting.get(0).column);
        if (column == null) {
            throw RestErrors.invalid("orderBy", sorting.get(0).column);
        }
        return new OverviewSort(column, sorting.get(0).asc);
    }

    /** The framework's paging, with this API's upper limit on {@code maxItems}. */
    public static Paging paging(Paging paging) {
        Paging given = paging == null ? Paging.DEFAULT : paging;
        if (given.getMaxItems() > MAX_ITEMS) {
            throw RestErrors.invalid("maxItems", MAX_ITEMS);
        }
        return given;
    }

    /** The parameter names a list endpoint knows: the filters and ACS's paging and order. */
    public static Set<String> listParameters(String... more) {
        Set<String> known = new HashSet<>(FILTERS);
        known.addAll(Set.of("skipCount", "maxItems", "orderBy"));
        known.addAll(Set.of(more));
        return known;
    }
}
