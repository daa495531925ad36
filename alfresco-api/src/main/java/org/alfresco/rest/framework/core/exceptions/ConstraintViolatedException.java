package org.alfresco.rest.framework.core.exceptions;

/** Compile-only copy of the ACS 26.3 signature; the REST framework answers 409. */
public class ConstraintViolatedException extends ApiException {

    private static final long serialVersionUID = 1L;

    public static String DEFAULT_MESSAGE_ID = "framework.exception.ConstraintViolated";

    public ConstraintViolatedException() {
        super(DEFAULT_MESSAGE_ID);
    }

    public ConstraintViolatedException(String msgId) {
        super(msgId);
    }

    public ConstraintViolatedException(String msgId, Throwable cause) {
        super(msgId, cause);
    }
}
