package org.gdprretention.platform.disposal;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A short random reference that ties what a caller is told about a failure to the repository log line that has
 * the details. Callers get the reference, never the exception's message: ACS messages name nodes, paths, stores
 * and SQL, which are not the caller's to see.
 */
final class LogReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LogReference() {
    }

    static String next() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return "purge-" + HexFormat.of().formatHex(bytes);
    }
}
