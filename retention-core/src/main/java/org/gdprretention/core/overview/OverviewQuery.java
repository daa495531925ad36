package org.gdprretention.core.overview;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;

import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.RetentionStatus;

/**
 * Filters, order and page of an overview request. Empty filters match everything.
 *
 * @param statuses          statuses to show; empty for all
 * @param template          template name, matched ignoring case; {@code null} for any
 * @param category          {@code null} for any
 * @param retentionTypeCode retention type code, matched ignoring case; {@code null} for any
 * @param text              free text, found ignoring case inside the name, template or type code
 * @param sortBy            column to sort on ({@link OverviewColumn#EXPIRY_DATE} when {@code null})
 * @param direction         {@link SortDirection#ASC} when {@code null}
 * @param skipCount         rows to skip, &gt;= 0
 * @param maxItems          rows per page, 1 to {@value #MAX_ITEMS_LIMIT}
 */
public record OverviewQuery(Set<RetentionStatus> statuses, String template, RetentionCategory category,
                            String retentionTypeCode, String text, OverviewColumn sortBy, SortDirection direction,
                            int skipCount, int maxItems) {

    public static final int DEFAULT_MAX_ITEMS = 100;
    public static final int MAX_ITEMS_LIMIT = 1000;

    public OverviewQuery {
        // An EnumSet answers contains() with a bit test: the filter asks it for every row.
        statuses = statuses == null || statuses.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(statuses));
        template = blankToNull(template);
        retentionTypeCode = blankToNull(retentionTypeCode);
        text = blankToNull(text);
        sortBy = sortBy == null ? OverviewColumn.EXPIRY_DATE : sortBy;
        direction = direction == null ? SortDirection.ASC : direction;
        if (skipCount < 0) {
            throw new InvalidRetentionInputException("skipCount", skipCount, "must be 0 or more");
        }
        if (maxItems < 1 || maxItems > MAX_ITEMS_LIMIT) {
            throw new InvalidRetentionInputException("maxItems", maxItems, "must be between 1 and " + MAX_ITEMS_LIMIT);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether a row passes every filter. */
    public boolean matches(OverviewRow row) {
        if (!statuses.isEmpty() && !statuses.contains(row.status())) {
            return false;
        }
        if (category != null && category != row.category()) {
            return false;
        }
        if (template != null && !template.equalsIgnoreCase(row.template() == null ? "" : row.template())) {
            return false;
        }
        if (retentionTypeCode != null && !retentionTypeCode.equalsIgnoreCase(row.retentionTypeCode())) {
            return false;
        }
        return text == null || containsText(row.name()) || containsText(row.template())
                || containsText(row.retentionTypeCode());
    }

    /** The page order: the chosen column, unknown values last, then document id so pages never overlap. */
    public Comparator<OverviewRow> order() {
        return sortBy.comparator(direction).thenComparing(OverviewRow::documentId);
    }

    // As value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)), without the copies per row.
    private boolean containsText(String value) {
        return IgnoringCase.contains(value, text);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Builds a query from the defaults: everything, by expiry date ascending, first {@value #DEFAULT_MAX_ITEMS}. */
    public static final class Builder {
        private Set<RetentionStatus> statuses = Set.of();
        private String template;
        private RetentionCategory category;
        private String retentionTypeCode;
        private String text;
        private OverviewColumn sortBy = OverviewColumn.EXPIRY_DATE;
        private SortDirection direction = SortDirection.ASC;
        private int skipCount;
        private int maxItems = DEFAULT_MAX_ITEMS;

        private Builder() {
        }

        public Builder statuses(Set<RetentionStatus> value) {
            this.statuses = value;
            return this;
        }

        public Builder template(String value) {
            this.template = value;
            return this;
        }

        public Builder category(RetentionCategory value) {
            this.category = value;
            return this;
        }

        public Builder retentionTypeCode(String value) {
            this.retentionTypeCode = value;
            return this;
        }

        public Builder text(String value) {
            this.text = value;
            return this;
        }

        public Builder sort(OverviewColumn column, SortDirection sortDirection) {
            this.sortBy = column;
            this.direction = sortDirection;
            return this;
        }

        public Builder page(int skip, int max) {
            this.skipCount = skip;
            this.maxItems = max;
            return this;
        }

        public OverviewQuery build() {
            return new OverviewQuery(statuses, template, category, retentionTypeCode, text, sortBy, direction,
                    skipCount, maxItems);
        }
    }
}
