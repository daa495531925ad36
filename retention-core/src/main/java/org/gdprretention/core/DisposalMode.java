package org.gdprretention.core;

import java.util.Locale;

/** What happens when a document of a retention type expires. */
public enum DisposalMode {
    /** An officer reviews and purges (the default: destructive automation is opt-in). */
    PURGE_ON_APPROVAL,
    /** The expiry job purges it when auto-purge is switched on. */
    AUTO_PURGE;

    public static DisposalMode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRetentionInputException("disposalMode", text, "must be PURGE_ON_APPROVAL or AUTO_PURGE");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRetentionInputException("disposalMode", text, "must be PURGE_ON_APPROVAL or AUTO_PURGE");
        }
    }
}
