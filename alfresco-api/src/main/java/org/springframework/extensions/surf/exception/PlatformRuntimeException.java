package org.springframework.extensions.surf.exception;

import java.text.MessageFormat;
import java.util.Arrays;

/**
 * Compile-only copy of the Spring Surf 10.2 signature. The constructors work because web scripts throw
 * subclasses. Surf resolves {@code msgId} through message bundles and prefixes a log number; without bundles the
 * message here is the id, formatted with the parameters when it has placeholders and followed by them otherwise.
 */
public class PlatformRuntimeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlatformRuntimeException(String msgId) {
        this(msgId, null, null);
    }

    public PlatformRuntimeException(String msgId, Object[] msgParams) {
        this(msgId, msgParams, null);
    }

    public PlatformRuntimeException(String msgId, Throwable cause) {
        this(msgId, null, cause);
    }

    public PlatformRuntimeException(String msgId, Object[] msgParams, Throwable cause) {
        super(format(msgId, msgParams), cause);
    }

    private static String format(String msgId, Object[] msgParams) {
        if (msgId == null || msgParams == null || msgParams.length == 0) {
            return msgId;
        }
        if (msgId.contains("{0")) {
            return MessageFormat.format(msgId, msgParams);
        }
        return msgId + " " + Arrays.toString(msgParams);
    }
}
