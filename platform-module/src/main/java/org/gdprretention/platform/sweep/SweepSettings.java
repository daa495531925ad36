package org.gdprretention.platform.sweep;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.gdprretention.core.InvalidRetentionInputException;

/** Reads the sweeps' settings at start-up, refusing a bad value with the property's name and the value. */
final class SweepSettings {

    private SweepSettings() {
    }

    static void requirePositive(String property, int value) {
        if (value < 1) {
            throw new InvalidRetentionInputException(property, value, "must be at least 1");
        }
    }

    /** An ISO-8601 duration such as {@code PT24H} or {@code P7D}; zero allowed, negative refused. */
    static Duration duration(String property, String text) {
        try {
            Duration duration = Duration.parse(text == null ? "" : text.trim());
            if (duration.isNegative()) {
                throw new InvalidRetentionInputException(property, text, "must not be negative");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new InvalidRetentionInputException(property, text,
                    "is not an ISO-8601 duration such as PT24H or P7D");
        }
    }

    /** An ISO-8601 duration of at least {@code minimum}; {@code why} says what a shorter one would risk. */
    static Duration durationOfAtLeast(String property, String text, Duration minimum, String why) {
        Duration duration = duration(property, text);
        if (duration.compareTo(minimum) < 0) {
            throw new InvalidRetentionInputException(property, text, "must be at least " + minimum + ": " + why);
        }
        return duration;
    }

    /** A fraction between 0 and 1, such as {@code 0.10}. */
    static double fraction(String property, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidRetentionInputException(property, value, "must be a fraction between 0 and 1, such as 0.10");
        }
        return value;
    }

    static ZoneId zone(String property, String text) {
        try {
            return ZoneId.of(text == null ? "" : text.trim());
        } catch (DateTimeException e) {
            throw new InvalidRetentionInputException(property, text, "is not a time zone such as Europe/Amsterdam");
        }
    }
}
