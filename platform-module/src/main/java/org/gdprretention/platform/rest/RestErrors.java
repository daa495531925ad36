package org.gdprretention.platform.rest;

import org.alfresco.rest.framework.core.exceptions.ConstraintViolatedException;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.rest.framework.core.exceptions.PermissionDeniedException;

/**
 * The REST API's errors. Each carries a message id of {@code messages/rest-api.properties} (English and Dutch);
 * ACS resolves it in the caller's locale into the error's {@code briefSummary}, the id itself is its
 * {@code errorKey}.
 */
public final class RestErrors {

    /** The message bundle, registered with ACS by {@code context/rest-context.xml}. */
    public static final String BUNDLE = "alfresco.module.gdpr-retention-platform.messages.rest-api";
    static final String PREFIX = "gdpr.rest.error.";

    private RestErrors() {
    }

    /** 400: the request is malformed; {@code key} names the message. */
    public static InvalidArgumentException invalid(String key, Object... arguments) {
        return new InvalidArgumentException(PREFIX + key, arguments);
    }

    /** 403: only GDPR officers and administrators may do this. */
    public static PermissionDeniedException officersOnly() {
        return new PermissionDeniedException(PREFIX + "officersOnly");
    }

    /** 404: no such retention, or the caller may not read it (the two look the same). */
    public static EntityNotFoundException notFound(String id) {
        return new EntityNotFoundException(PREFIX + "notFound", new String[] {id});
    }

    /** 409: the engine refused the change. */
    public static ConstraintViolatedException refused(String key) {
        return new ConstraintViolatedException(PREFIX + key);
    }
}
