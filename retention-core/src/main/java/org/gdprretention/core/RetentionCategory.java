package org.gdprretention.core;

import java.util.Locale;

/**
 * The three kinds of document template the retention rules distinguish ("Dossier, taken en contacten",
 * "Certificaten" and other documents).
 */
public enum RetentionCategory {
    DOSSIER_TASKS_CONTACTS,
    CERTIFICATES,
    OTHER;

    /** Parses a stored or submitted category name; anything else is refused with the field and value named. */
    public static RetentionCategory parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRetentionInputException("category", text, "must be one of DOSSIER_TASKS_CONTACTS, CERTIFICATES, OTHER");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRetentionInputException("category", text, "must be one of DOSSIER_TASKS_CONTACTS, CERTIFICATES, OTHER");
        }
    }
}
