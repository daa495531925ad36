package org.gdprretention.platform.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;

/**
 * Builds the engine's date rules from the module's settings. A Spring factory method keeps the engine free of
 * Spring while a bad zone in alfresco-global.properties still stops the start-up with a message naming it.
 */
public final class RetentionEngineFactory {

    public static final String ZONE_PROPERTY = "gdpr-retention.zone";

    private RetentionEngineFactory() {
    }

    /** The status evaluator (and through it the expiry calculator) for the configured time zone. */
    public static RetentionStatusEvaluator statusEvaluator(String zone) {
        return new RetentionStatusEvaluator(new ExpiryCalculator(zone(zone)));
    }

    static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            throw new InvalidRetentionInputException(ZONE_PROPERTY, zone, "must name a time zone such as Europe/Amsterdam");
        }
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            throw new InvalidRetentionInputException(ZONE_PROPERTY, zone, "is not a time zone id such as Europe/Amsterdam");
        }
    }
}
