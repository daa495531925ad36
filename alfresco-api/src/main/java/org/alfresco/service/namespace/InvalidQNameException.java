package org.alfresco.service.namespace;

/** Compile-only copy of the ACS 26.3 signature. */
public class InvalidQNameException extends NamespaceException {

    private static final long serialVersionUID = 1L;

    public InvalidQNameException(String msg) {
        super(msg);
    }

    public InvalidQNameException(String msg, Throwable cause) {
        super(msg, cause);
    }
}
