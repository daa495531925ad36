package org.gdprretention.platform.config;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Converts between the repository's {@code java.util.Date} values and the engine's local dates. ACS keeps d:date
 * values as the instant at which that day starts, so both directions go through the retention zone.
 */
public final class RepositoryDates {

    private RepositoryDates() {
    }

    /** The start of {@code date} in {@code zone}, or {@code null} for {@code null}. */
    public static Date toDate(LocalDate date, ZoneId zone) {
        return date == null ? null : Date.from(date.atStartOfDay(zone).toInstant());
    }

    /** The local date of a stored date value in {@code zone}; {@code null} when the value is not a date. */
    public static LocalDate toLocalDate(Serializable value, ZoneId zone) {
        return value instanceof Date date ? LocalDate.ofInstant(date.toInstant(), zone) : null;
    }
}
