package org.alfresco.service.cmr.repository;

import org.alfresco.error.AlfrescoRuntimeException;

/** Compile-only copy of the ACS 26.3 signature; thrown by {@link NodeRef#NodeRef(String)} for text without a slash. */
public class MalformedNodeRefException extends AlfrescoRuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedNodeRefException(String msgId) {
        super(msgId);
    }

    public MalformedNodeRefException(String msgId, Throwable cause) {
        super(msgId, cause);
    }
}
