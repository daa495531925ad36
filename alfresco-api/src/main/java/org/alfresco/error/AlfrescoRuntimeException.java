package org.alfresco.error;

import java.text.MessageFormat;
import java.util.Arrays;

/**
 * Compile-only copy of the ACS 26.3 signature. The constructors work, because the add-on's tests throw
 * subclasses from mocked services. ACS resolves {@code msgId} through its message bundles and prefixes a log
 * number; without bundles the message here is the id, formatted with the parameters when it has placeholders and
 * followed by them otherwise, so that a test can see which property or lock the failure is about.
 */
public class AlfrescoRuntimeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String msgId;
    private final transient Object[] msgParams;

    public AlfrescoRuntimeException(String msgId) {
        this(msgId, null, null);
    }

    public AlfrescoRuntimeException(String msgId, Object[] msgParams) {
        this(msgId, msgParams, null);
    }

    public AlfrescoRuntimeException(String msgId, Throwable cause) {
        this(msgId, null, cause);
    }

    public AlfrescoRuntimeException(String msgId, Object[] msgParams, Throwable cause) {
        super(format(msgId, msgParams), cause);
        this.msgId = msgId;
        this.msgParams = msgParams;
    }

    public String getMsgId() {
        return msgId;
    }

    public Object[] getMsgParams() {
        return msgParams;
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
