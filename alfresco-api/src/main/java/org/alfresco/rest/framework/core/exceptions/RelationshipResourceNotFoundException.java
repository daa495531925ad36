package org.alfresco.rest.framework.core.exceptions;

/** Compile-only copy of the ACS 26.3 signature; the REST framework answers 404. */
public class RelationshipResourceNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public static String DEFAULT_MESSAGE_ID = "framework.exception.RelationshipNotFound";

    public RelationshipResourceNotFoundException(String entityId, String relationshipId) {
        super(DEFAULT_MESSAGE_ID, new String[] {entityId, relationshipId});
    }
}
