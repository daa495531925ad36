package org.gdprretention.platform.rest.model;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.platform.config.RepositoryDates;

/**
 * How the REST entries write node ids, stored values, days and instants as JSON text: each in one place, so that an
 * endpoint cannot write the same kind of value differently from another by accident. Null in, null out (the
 * framework leaves nulls out of the answer).
 *
 * <p>Instants come in three forms the API has published, kept apart on purpose: changing one would change answers
 * that clients already parse.
 * <ul>
 * <li>{@link #utcInstant}: {@code 2026-11-02T09:30:00Z}, in UTC, with milliseconds when there are any (extension
 * requests, sweeps: instants the engine keeps);</li>
 * <li>{@link #zonedToTheSecond}: {@code 2024-01-02T08:00:00+01:00}, in the repository's zone, to the second
 * (a contact moment's time, a legal hold's start);</li>
 * <li>{@link #zonedIsoOffset}: {@code 2026-01-01T10:07:00.5+01:00}, in the repository's zone, ISO-8601 with the
 * fraction when there is one (a disposal record's {@code purgedAt}).</li>
 * </ul>
 */
public final class EntryValues {

    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private EntryValues() {
    }

    /** A node's id as the API addresses it: the node reference's id, without store. */
    public static String nodeId(NodeRef node) {
        return node == null ? null : node.getId();
    }

    /** A stored property value as text. */
    public static String text(Serializable value) {
        return value == null ? null : value.toString();
    }

    /** A day as {@code yyyy-MM-dd}. */
    public static String day(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * A stored {@code d:date} as {@code yyyy-MM-dd}: the day in {@code zone} at whose start ACS keeps it
     * ({@link RepositoryDates}); null for a value that is no date.
     */
    public static String day(Serializable stored, ZoneId zone) {
        return day(RepositoryDates.toLocalDate(stored, zone));
    }

    /** An instant in UTC, ISO-8601 ({@link Instant#toString()}). */
    public static String utcInstant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** An instant in {@code zone}, to the second, with the zone's offset ({@code Z} for UTC). */
    public static String zonedToTheSecond(Instant instant, ZoneId zone) {
        return instant == null ? null : TO_THE_SECOND.format(instant.atZone(zone));
    }

    /** An instant in {@code zone} as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes it. */
    public static String zonedIsoOffset(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
