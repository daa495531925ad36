package org.alfresco.repo.security.permissions;

import org.alfresco.error.AlfrescoRuntimeException;

/** Compile-only copy of the ACS 26.3 signature: thrown when the caller may not do what was asked. */
public class AccessDeniedException extends AlfrescoRuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String msg) {
        super(msg);
    }

    public AccessDeniedException(String msg, Throwable cause) {
        super(msg, cause);
    }
}
