package org.alfresco.rest.framework.core.exceptions;

/** Compile-only copy of the ACS 26.3 signature; the REST framework answers 403. */
public class PermissionDeniedException extends ApiException {

    private static final long serialVersionUID = 1L;

    public static String DEFAULT_MESSAGE_ID = "framework.exception.PermissionDenied";

    public PermissionDeniedException() {
        super(DEFAULT_MESSAGE_ID);
    }

    public PermissionDeniedException(String msgId) {
        super(msgId);
    }
}
