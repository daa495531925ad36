package org.gdprretention.platform.overview;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.gdprretention.core.RetentionStatus;

/**
 * The overview's order: a column and a direction. Rows without a value (no expiry date yet) come last either way;
 * equal rows are ordered by node id so that pages never overlap.
 */
public record OverviewSort(Column column, boolean ascending) {

    /** The default: expiry date, soonest first. */
    public static final OverviewSort BY_EXPIRY = new OverviewSort(Column.EXPIRY_DATE, true);

    /** The columns one may sort on, named as in the REST API. */
    public enum Column {
        EXPIRY_DATE("expiryDate"), NAME("name"), RETENTION_TYPE("retentionType"), STATUS("status");

        private final String key;

        Column(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The column named {@code key} exactly (as the REST API spells it), or null. */
        public static Column byKey(String key) {
            for (Column column : values()) {
                if (column.key.equals(key)) {
                    return column;
                }
            }
            return null;
        }
    }

    /** Whether the database gives this order itself (paging by expiry date), so no row needs to be held back. */
    public boolean streams() {
        return column == Column.EXPIRY_DATE && ascending;
    }

    Comparator<RetentionRow> comparator() {
        Comparator<RetentionRow> byColumn = switch (column) {
            case EXPIRY_DATE -> Comparator.comparing(RetentionRow::expiryDate, Comparator.nullsLast(
                    ascending ? Comparator.<LocalDate>naturalOrder() : Comparator.<LocalDate>reverseOrder()));
            case NAME -> directed(Comparator.comparing(row -> row.name().toLowerCase(Locale.ROOT)));
            case RETENTION_TYPE -> directed(Comparator.comparing(RetentionRow::retentionType));
            case STATUS -> directed(Comparator.comparing(RetentionRow::status,
                    Comparator.comparingInt(RetentionStatus::ordinal)));
        };
        return byColumn.thenComparing(row -> row.nodeRef().getId());
    }

    private Comparator<RetentionRow> directed(Comparator<RetentionRow> order) {
        return ascending ? order : order.reversed();
    }
}
