package org.gdprretention.core.expiry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.gdprretention.core.catalogue.RetentionPeriod;

/**
 * Calendar arithmetic of retention in one time zone. A document is kept through the whole of its expiry date and
 * expires at the first instant of the next local day.
 */
public final class ExpiryCalculator {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");

    private final ZoneId zone;

    public ExpiryCalculator() {
        this(DEFAULT_ZONE);
    }

    public ExpiryCalculator(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    /** The local date of an instant in this zone: the day a creation or end date counts as. */
    public LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The local date retention starts on when it is triggered at {@code instant}. */
    public LocalDate startDate(Instant instant) {
        return localDate(instant);
    }

    /**
     * Start plus the period, then plus each granted extension in the order granted. Adding one at a time (rather
     * than their sum) is what makes a month-end date clamp the same way it did when each extension was granted.
     * Granted extensions are the periods actually granted, so a later change of the type's extension period
     * leaves them alone; a change of the type's period is recomputed by passing the new period.
     */
    public LocalDate expiryDate(LocalDate start, RetentionPeriod period, List<RetentionPeriod> grantedExtensions) {
        Objects.requireNonNull(start, "start");
        LocalDate expiry = period.addTo(start);
        for (int i = 0, n = grantedExtensions.size(); i < n; i++) {
            expiry = grantedExtensions.get(i).addTo(expiry);
        }
        return expiry;
    }

    /** The first instant at which a document with this expiry date is expired: the start of the next local day. */
    public Instant expiredFrom(LocalDate expiry) {
        // atStartOfDay resolves a day that starts inside a DST gap to the first instant that exists.
        return expiry.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
