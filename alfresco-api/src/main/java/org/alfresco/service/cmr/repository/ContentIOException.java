package org.alfresco.service.cmr.repository;

import org.alfresco.error.AlfrescoRuntimeException;

/** Compile-only copy of the ACS 26.3 signature; the constructors work so that tests can throw it from mocks. */
public class ContentIOException extends AlfrescoRuntimeException {

    private static final long serialVersionUID = 1L;

    public ContentIOException(String msg) {
        super(msg);
    }

    public ContentIOException(String msg, Throwable cause) {
        super(msg, cause);
    }
}
