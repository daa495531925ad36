package org.springframework.extensions.webscripts;

import org.springframework.extensions.surf.exception.PlatformRuntimeException;

/**
 * Compile-only copy of the Spring Web Scripts 10.2 signature. A real exception: web scripts throw it with an
 * HTTP status, which defaults to 500 as in Surf, and tests read it back.
 */
public class WebScriptException extends PlatformRuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public WebScriptException(String msgId) {
        this(Status.STATUS_INTERNAL_SERVER_ERROR, msgId);
    }

    public WebScriptException(int status, String msgId) {
        super(msgId);
        this.status = status;
    }

    public WebScriptException(String msgId, Throwable cause) {
        this(Status.STATUS_INTERNAL_SERVER_ERROR, msgId, cause);
    }

    public WebScriptException(int status, String msgId, Throwable cause) {
        super(msgId, cause);
        this.status = status;
    }

    public WebScriptException(String msgId, Object... args) {
        this(Status.STATUS_INTERNAL_SERVER_ERROR, msgId, args);
    }

    public WebScriptException(int status, String msgId, Object... args) {
        super(msgId, args);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
