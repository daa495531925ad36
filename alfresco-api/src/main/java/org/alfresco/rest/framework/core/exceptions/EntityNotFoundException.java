package org.alfresco.rest.framework.core.exceptions;

/** Compile-only copy of the ACS 26.3 signature; the REST framework answers 404. The one-argument constructor takes the entity id, not a message. */
public class EntityNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public static String DEFAULT_MESSAGE_ID = "framework.exception.EntityNotFound";

    public EntityNotFoundException(String entityId) {
        super(DEFAULT_MESSAGE_ID, new String[] {entityId});
    }

    public EntityNotFoundException(String msgId, String[] parameters) {
        super(msgId, parameters);
    }

    public EntityNotFoundException(String msgId, Throwable cause) {
        super(msgId, cause);
    }
}
