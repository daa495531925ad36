package org.gdprretention.platform.rest;

import java.util.Map;

/**
 * The HTTP status ACS's REST framework answers for an exception a resource throws: its
 * {@code simpleMappingExceptionResolver} (remote-api {@code alfresco/public-rest-context.xml}, ACS 26.3) takes the
 * mapping of the nearest class in the exception's hierarchy; anything unmapped is a 500.
 */
public final class RestStatus {

    private static final Map<String, Integer> MAPPINGS = Map.ofEntries(
            Map.entry("org.alfresco.rest.framework.core.exceptions.ApiException", 500),
            Map.entry("java.lang.IllegalArgumentException", 400),
            Map.entry("org.alfresco.rest.framework.core.exceptions.InvalidArgumentException", 400),
            Map.entry("org.alfresco.service.cmr.repository.datatype.TypeConversionException", 400),
            Map.entry("org.alfresco.rest.framework.core.exceptions.NotFoundException", 404),
            Map.entry("org.alfresco.rest.framework.core.exceptions.EntityNotFoundException", 404),
            Map.entry("org.alfresco.service.cmr.repository.InvalidNodeRefException", 404),
            Map.entry("org.alfresco.rest.framework.core.exceptions.RelationshipResourceNotFoundException", 404),
            Map.entry("org.alfresco.rest.framework.core.exceptions.PermissionDeniedException", 403),
            Map.entry("org.alfresco.repo.security.permissions.AccessDeniedException", 403),
            Map.entry("org.alfresco.repo.action.access.ActionAccessException", 403),
            Map.entry("org.alfresco.rest.framework.core.exceptions.UnsupportedResourceOperationException", 405),
            Map.entry("org.alfresco.rest.framework.core.exceptions.ConstraintViolatedException", 409),
            Map.entry("org.alfresco.service.cmr.lock.NodeLockedException", 409),
            Map.entry("org.alfresco.rest.framework.core.exceptions.StaleEntityException", 409),
            Map.entry("org.alfresco.rest.framework.core.exceptions.RequestEntityTooLargeException", 413),
            Map.entry("org.alfresco.repo.node.integrity.IntegrityException", 422));

    private RestStatus() {
    }

    /** The status ACS answers for this exception. */
    public static int of(Throwable thrown) {
        for (Class<?> type = thrown.getClass(); type != null; type = type.getSuperclass()) {
            Integer status = MAPPINGS.get(type.getName());
            if (status != null) {
                return status;
            }
        }
        return 500;
    }
}
