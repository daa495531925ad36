package org.alfresco.rest.framework.core.exceptions;

/** Compile-only copy of the ACS 26.3 signature; the REST framework answers 405. */
public class UnsupportedResourceOperationException extends ApiException {

    private static final long serialVersionUID = 1L;

    public static String DEFAULT_MESSAGE_ID = "framework.exception.UnsupportedResourceOperation";

    public UnsupportedResourceOperationException() {
        super(DEFAULT_MESSAGE_ID);
    }

    public UnsupportedResourceOperationException(String msgId) {
        super(msgId);
    }

    public UnsupportedResourceOperationException(String msgId, Object[] msgParams) {
        super(msgId, msgParams);
    }
}
