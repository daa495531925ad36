package org.alfresco.service.namespace;

/** Compile-only copy of the ACS 26.3 signature. */
public class NamespaceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NamespaceException(String msg) {
        super(msg);
    }

    public NamespaceException(String msg, Throwable cause) {
        super(msg, cause);
    }
}
