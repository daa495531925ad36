package org.gdprretention.core.overview;

import java.util.Locale;

import org.gdprretention.core.InvalidRetentionInputException;

/** Ascending or descending; unknown values sort last either way. */
public enum SortDirection {
    ASC,
    DESC;

    /** Parses {@code asc}/{@code desc} in any case, as sent by the REST API and the dashlet. */
    public static SortDirection parse(String text) {
        if (text != null) {
            String normalised = text.strip().toUpperCase(Locale.ROOT);
            for (SortDirection direction : values()) {
                if (direction.name().equals(normalised)) {
                    return direction;
                }
            }
        }
        throw new InvalidRetentionInputException("sortDirection", text, "must be asc or desc");
    }
}
