package org.gdprretention.core.extension;

import org.gdprretention.core.InvalidRetentionInputException;

/** Validation of the free-text fields people type into requests and decisions. */
final class Texts {

    static final int MAX_LENGTH = 2000;

    private Texts() {
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRetentionInputException(field, value, "must not be blank");
        }
        return bounded(field, value.trim());
    }

    static String optional(String field, String value) {
        return value == null || value.isBlank() ? null : bounded(field, value.trim());
    }

    private static String bounded(String field, String value) {
        if (value.length() > MAX_LENGTH) {
            throw new InvalidRetentionInputException(field, value.substring(0, 40) + "...",
                    "must not be longer than " + MAX_LENGTH + " characters (was " + value.length() + ")");
        }
        return value;
    }
}
