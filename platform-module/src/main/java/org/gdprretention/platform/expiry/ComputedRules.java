package org.gdprretention.platform.expiry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.gdprretention.core.catalogue.RetentionType;

/**
 * The fingerprint of a retention type's rules, stored on each document as {@code gdpr:computedRules} when its
 * retention is computed. It covers exactly the fields whose change requires a recompute
 * ({@code RetentionTypeChange.requiresRecompute}), so every server derives the same value from the same catalogue,
 * and a document whose stored fingerprint differs from its type's current one was computed with older rules: the
 * recovery pass finds those in the database after a restart lost the recompute that was queued in memory.
 */
public final class ComputedRules {

    private ComputedRules() {
    }

    public static String of(RetentionType type) {
        String rules = String.join("|", type.code(), type.period().toString(), type.startTrigger().toText(),
                type.category().name(), Integer.toString(type.consentLeadDays()), Boolean.toString(type.extendable()),
                type.extensionPeriod().toString(), Integer.toString(type.maxExtensions()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(rules.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
