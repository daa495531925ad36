package org.alfresco.rest.framework.core.exceptions;

import java.util.Map;
import org.springframework.extensions.surf.exception.PlatformRuntimeException;

/**
 * Compile-only copy of the ACS 26.3 signature. The REST framework maps each subclass to an HTTP status and writes
 * {@code {"error":{"errorKey":msgId,"statusCode",...,"briefSummary":message}}}; ACS resolves the message id through
 * the registered message bundles in the caller's locale.
 */
public class ApiException extends PlatformRuntimeException {

    private static final long serialVersionUID = 1L;

    private final String msgId;

    public ApiException(String msgId) {
        super(msgId);
        this.msgId = msgId;
    }

    public ApiException(String msgId, Object[] msgParams) {
        super(msgId, msgParams);
        this.msgId = msgId;
    }

    public ApiException(String msgId, Throwable cause) {
        super(msgId, cause);
        this.msgId = msgId;
    }

    public ApiException(String msgId, Map<String, Object> additionalState) {
        super(msgId);
        this.msgId = msgId;
    }

    public String getMsgId() {
        return msgId;
    }
}
