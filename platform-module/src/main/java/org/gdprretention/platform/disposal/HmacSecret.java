package org.gdprretention.platform.disposal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.alfresco.service.cmr.attributes.AttributeService;
import org.gdprretention.core.InvalidRetentionInputException;

/**
 * The repository's secret key for the HMACs of removed binaries. A bare SHA-256 in a disposal record would let
 * anyone who holds a file confirm it was in the repository and was destroyed; an HMAC needs this key, which only
 * the repository has.
 *
 * <p>Either {@code gdpr-retention.disposal.hmacSecret} (at least 32 characters) or, when that is blank, 32 random
 * bytes generated once on first use and kept in ACS's attribute store (database rows with no node, REST, search or
 * script access, as ACS keeps its own keys). Never logged. Generated inside the purge's transaction: two servers
 * generating at once collide on the attribute's unique key and the retried transaction reads the winner's.
 */
class HmacSecret {

    static final String PROPERTY = "gdpr-retention.disposal.hmacSecret";
    static final String[] KEYS = {"org.gdprretention", "disposal", "hmacSecret"};
    private static final int MIN_CONFIGURED_LENGTH = 32;
    private static final int GENERATED_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AttributeService attributeService;
    private final byte[] configured;
    // The stored key never changes once written, so one read per server is enough.
    private volatile byte[] stored;

    HmacSecret(AttributeService attributeService, String configured) {
        this.attributeService = attributeService;
        if (configured == null || configured.isBlank()) {
            this.configured = null;
        } else if (configured.strip().length() < MIN_CONFIGURED_LENGTH) {
            throw new InvalidRetentionInputException(PROPERTY, "(" + configured.strip().length() + " characters)",
                    "must be at least " + MIN_CONFIGURED_LENGTH + " characters, or blank to let the repository"
                            + " generate one");
        } else {
            this.configured = configured.strip().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The key; in a transaction, as the system user (the attribute store has no method security of its own). */
    byte[] key() {
        if (configured != null) {
            return configured.clone();
        }
        byte[] key = stored;
        if (key == null) {
            key = readOrCreate();
            stored = key;
        }
        return key.clone();
    }

    private byte[] readOrCreate() {
        Object value = attributeService.getAttribute((java.io.Serializable[]) KEYS);
        if (value == null) {
            byte[] generated = new byte[GENERATED_BYTES];
            RANDOM.nextBytes(generated);
            String encoded = Base64.getEncoder().encodeToString(generated);
            attributeService.createAttribute(encoded, (java.io.Serializable[]) KEYS);
            return generated;
        }
        return Base64.getDecoder().decode(value.toString());
    }
}
