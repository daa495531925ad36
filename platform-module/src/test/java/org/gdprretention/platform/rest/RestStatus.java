package org.gdprretention.platform.rest;

import java.util.Map;

/**
 * The HTTP status ACS's REST framework answers for an exception a resource throws: its
 * {@code simpleMappingExceptionResolver} (remote-api {@code alfresco/public-rest-context.xml}, ACS 26.3) takes the
 * mapping of the nearest class in the exception's hierarchy; anything unmapped is a 500.
 */
public final class RestStatus {

    // The whole table of ACS 26.3's simpleMappingExceptionResolverParent (remote-api public-rest-context.xml).
    private static final Map<String, Integer> MAPPINGS = Map.ofEntries(
            Map.entry("org.alfresco.rest.framework.core.exceptions.ApiException", 500),
            Map.entry("java.lang.Throwable", 500),
            Map.entry("java.lang.IllegalArgumentException", 400),
            Map.entry("org.alfresco.service.cmr.repository.CyclicChildRelationshipException", 400),
            Map.entry("org.alfresco.rest.framework.core.exceptions.InvalidArgumentException", 400),
            Map.entry("org.alfresco.service.cmr.version.VersionServiceException", 400),
            Map.entry("org.alfresco.service.cmr.repository.datatype.TypeConversionException", 400),
            Map.entry("org.alfresco.rest.framework.core.exceptions.NotFoundException", 404),
            Map.entry("org.alfresco.rest.framework.core.exceptions.EntityNotFoundException", 404),
            Map.entry("org.alfresco.service.cmr.repository.InvalidNodeRefException", 404),
            Map.entry("org.alfresco.rest.framework.core.exceptions.RelationshipResourceNotFoundException", 404),
            Map.entry("org.alfresco.service.cmr.version.VersionDoesNotExistException", 404),
            Map.entry("org.alfresco.repo.client.config.ClientAppNotFoundException", 404),
            Map.entry("org.alfresco.rest.framework.core.exceptions.PermissionDeniedException", 403),
            Map.entry("org.alfresco.repo.security.authority.UnknownAuthorityException", 404),
            Map.entry("org.alfresco.repo.security.permissions.AccessDeniedException", 403),
            Map.entry("org.alfresco.repo.action.access.ActionAccessException", 403),
            Map.entry("org.alfresco.rest.framework.core.exceptions.UnsupportedResourceOperationException", 405),
            Map.entry("org.alfresco.rest.framework.core.exceptions.ConstraintViolatedException", 409),
            Map.entry("org.alfresco.service.cmr.lock.NodeLockedException", 409),
            Map.entry("org.alfresco.service.cmr.lock.UnableToAquireLockException", 422),
            Map.entry("org.alfresco.service.cmr.lock.UnableToReleaseLockException", 422),
            Map.entry("org.alfresco.service.cmr.repository.DuplicateChildNodeNameException", 409),
            Map.entry("org.alfresco.rest.framework.core.exceptions.StaleEntityException", 409),
            Map.entry("org.alfresco.repo.content.ContentLimitViolationException", 413),
            Map.entry("org.alfresco.rest.framework.core.exceptions.RequestEntityTooLargeException", 413),
            Map.entry("org.alfresco.rest.framework.core.exceptions.DisabledServiceException", 501),
            Map.entry("org.alfresco.service.cmr.usage.ContentQuotaException", 507),
            Map.entry("org.alfresco.rest.framework.core.exceptions.InsufficientStorageException", 507),
            Map.entry("org.alfresco.repo.node.integrity.IntegrityException", 422),
            Map.entry("org.alfresco.repo.site.SiteServiceException", 422),
            Map.entry("org.alfresco.rest.framework.core.exceptions.UnsupportedMediaTypeException", 415),
            Map.entry("org.alfresco.repo.security.authentication.AuthenticationException", 401),
            Map.entry("org.springframework.http.InvalidMediaTypeException", 415),
            Map.entry("org.alfresco.rest.framework.core.exceptions.ServiceUnavailableException", 503),
            Map.entry("org.alfresco.service.cmr.dictionary.InvalidTypeException", 409),
            Map.entry("org.alfresco.rest.framework.core.exceptions.ArchivedContentException", 412),
            Map.entry("org.alfresco.rest.framework.core.exceptions.RestoreInProgressException", 409),
            Map.entry("org.alfresco.rest.framework.core.exceptions.InvalidNodeTypeException", 422),
            Map.entry("org.alfresco.rest.framework.core.exceptions.UnprocessableContentException", 422));

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
