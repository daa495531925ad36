package org.alfresco.repo.action.access;

/** Compile-only copy of the ACS 26.3 signature: what an action access restriction throws to refuse. */
public class ActionAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ActionAccessException(String message) {
        super(message);
    }
}
