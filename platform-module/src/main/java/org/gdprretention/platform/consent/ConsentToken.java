package org.gdprretention.platform.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The single-use token of a consent link: 32 bytes from {@link SecureRandom}, Base64URL without padding (43
 * characters). Only its SHA-256 hash is stored; the token itself is in the e-mail and nowhere else, and is never
 * logged. Text that is not shaped like a token is refused before the repository is asked anything.
 */
public final class ConsentToken {

    static final int BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private ConsentToken() {
    }

    /** A new token. */
    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** Whether {@code text} has the shape of a token (it may still match no request). */
    public static boolean isWellFormed(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /** The SHA-256 hash of a well-formed token, in lower-case hex (the stored form and the request's node name). */
    public static String hash(String token) {
        if (!isWellFormed(token)) {
            throw new IllegalArgumentException("Invalid consent token: not 43 Base64URL characters");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Compares a stored hash with a token's hash in constant time, so the comparison leaks nothing by its timing. */
    public static boolean matches(String storedHash, String tokenHash) {
        if (storedHash == null || tokenHash == null) {
            return false;
        }
        return MessageDigest.isEqual(storedHash.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                tokenHash.getBytes(StandardCharsets.US_ASCII));
    }
}
