package org.alfresco.rest.framework.core.exceptions;

/** Compile-only copy of the ACS 26.3 signature; the REST framework answers 404. */
public class NotFoundException extends ApiException {

    private static final long serialVersionUID = 1L;

    public static String DEFAULT_MESSAGE_ID = "framework.exception.NotFound";

    public NotFoundException() {
        super(DEFAULT_MESSAGE_ID);
    }

    public NotFoundException(String msgId) {
        super(msgId);
    }

    public NotFoundException(String msgId, String[] notFoundObjects) {
        super(msgId, notFoundObjects);
    }

    public NotFoundException(String msgId, Throwable cause) {
        super(msgId, cause);
    }
}
