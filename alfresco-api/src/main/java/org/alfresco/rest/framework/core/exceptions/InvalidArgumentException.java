package org.alfresco.rest.framework.core.exceptions;

/** Compile-only copy of the ACS 26.3 signature; the REST framework answers 400. */
public class InvalidArgumentException extends ApiException {

    private static final long serialVersionUID = 1L;

    public static String DEFAULT_MESSAGE_ID = "framework.exception.InvalidArgument";

    public static String DEFAULT_INVALID_API = "framework.exception.InvalidApiArgument";

    public InvalidArgumentException() {
        super(DEFAULT_MESSAGE_ID);
    }

    public InvalidArgumentException(String msgId) {
        super(msgId);
    }

    public InvalidArgumentException(String msgId, Object[] invalidObjects) {
        super(msgId, invalidObjects);
    }
}
