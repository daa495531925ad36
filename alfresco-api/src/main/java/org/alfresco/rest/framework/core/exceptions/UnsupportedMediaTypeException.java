package org.alfresco.rest.framework.core.exceptions;

/** Compile-only copy of the ACS 26.3 signature; the REST framework answers 415. */
public class UnsupportedMediaTypeException extends ApiException {

    private static final long serialVersionUID = 1L;

    public static String DEFAULT_MESSAGE_ID = "framework.exception.UnsupportedMediaType";

    public UnsupportedMediaTypeException() {
        super(DEFAULT_MESSAGE_ID);
    }

    public UnsupportedMediaTypeException(String msgId) {
        super(msgId);
    }

    public UnsupportedMediaTypeException(String msgId, Object[] msgParams) {
        super(msgId, msgParams);
    }
}
