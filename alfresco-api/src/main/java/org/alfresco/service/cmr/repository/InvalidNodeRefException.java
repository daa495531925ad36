package org.alfresco.service.cmr.repository;

/** Compile-only copy of the ACS 26.3 signature; the constructors work so that tests can throw it from mocks. */
public class InvalidNodeRefException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient NodeRef nodeRef;

    public InvalidNodeRefException(NodeRef nodeRef) {
        this(null, nodeRef);
    }

    public InvalidNodeRefException(String msg, NodeRef nodeRef) {
        this(msg, nodeRef, null);
    }

    public InvalidNodeRefException(String msg, NodeRef nodeRef, Throwable cause) {
        super(msg, cause);
        this.nodeRef = nodeRef;
    }

    public NodeRef getNodeRef() {
        return nodeRef;
    }
}
