package org.gdprretention.core.overview;

import java.util.Comparator;
import java.util.function.Function;

import org.gdprretention.core.InvalidRetentionInputException;

/** The overview's columns, each with the name the REST API and CSV use and the order it sorts in. */
public enum OverviewColumn {
    DOCUMENT_ID("documentId", text(r -> r.documentId().value())),
    NAME("name", text(OverviewRow::name)),
    SITE("site", text(OverviewRow::site)),
    TEMPLATE("template", text(OverviewRow::template)),
    RETENTION_TYPE("retentionType", text(OverviewRow::retentionTypeCode)),
    CATEGORY("category", value(OverviewRow::category)),
    EXPIRY_DATE("expiryDate", value(OverviewRow::expiryDate)),
    /** In lifecycle order (pending start, active, expiring, expired, on hold, purged), not alphabetically. */
    STATUS("status", value(OverviewRow::status)),
    CONSENT_STATE("consentState", value(OverviewRow::consentState));

    private final String key;
    private final SortKey<?> sortKey;

    OverviewColumn(String key, SortKey<?> sortKey) {
        this.key = key;
        this.sortKey = sortKey;
    }

    /** The column's name in the REST API, its sort parameter and the CSV header. */
    public String key() {
        return key;
    }

    /** Accepts the REST key ({@code expiryDate}) or the constant name ({@code EXPIRY_DATE}), in any case. */
    public static OverviewColumn parse(String text) {
        if (text != null) {
            String wanted = text.strip();
            for (OverviewColumn column : values()) {
                if (column.key.equalsIgnoreCase(wanted) || column.name().equalsIgnoreCase(wanted)) {
                    return column;
                }
            }
        }
        throw new InvalidRetentionInputException("sortBy", text, "must be one of documentId, name, site, template, "
                + "retentionType, category, expiryDate, status, consentState");
    }

    /** The value as text: ISO-8601 for dates, the constant name for enums, {@code null} when unknown. */
    public String textOf(OverviewRow row) {
        Object value = sortKey.getter().apply(row);
        return value == null ? null : value.toString();
    }

    /** Rows by this column; rows without a value come last in both directions. */
    Comparator<OverviewRow> comparator(SortDirection direction) {
        return sortKey.comparator(direction);
    }

    private static SortKey<String> text(Function<OverviewRow, String> getter) {
        return new SortKey<>(getter, ReadingOrder.COMPARATOR);
    }

    private static <T extends Comparable<? super T>> SortKey<T> value(Function<OverviewRow, T> getter) {
        return new SortKey<>(getter, Comparator.naturalOrder());
    }

    /**
     * Names sort as people read them: case does not split "anna" from "Anna"; case only breaks ties. A holder
     * class, because enum constants are built before the enum's own static fields are set.
     */
    private static final class ReadingOrder {
        static final Comparator<String> COMPARATOR =
                String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());
    }

    private record SortKey<T>(Function<OverviewRow, T> getter, Comparator<T> order) {
        Comparator<OverviewRow> comparator(SortDirection direction) {
            Comparator<T> directed = direction == SortDirection.DESC ? order.reversed() : order;
            return Comparator.comparing(getter, Comparator.nullsLast(directed));
        }
    }
}
