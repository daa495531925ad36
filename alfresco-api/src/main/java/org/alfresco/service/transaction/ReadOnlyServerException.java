package org.alfresco.service.transaction;

import org.alfresco.error.AlfrescoRuntimeException;

/**
 * Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. ACS's node DAO throws it for a
 * write in a transaction that is not read-write (a GET of the REST framework runs in a read-only one).
 */
public class ReadOnlyServerException extends AlfrescoRuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String MSG_READ_ONLY = "permissions.err_read_only";

    public ReadOnlyServerException() {
        super(MSG_READ_ONLY);
    }
}
