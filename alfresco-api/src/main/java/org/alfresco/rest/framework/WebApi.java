package org.alfresco.rest.framework;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only copy of the ACS 26.3 signature. On a package: its resources form the API
 * {@code /api/-default-/{scope}/{name}/versions/{version}}; the name must be lower-case letters only.
 */
@Target(ElementType.PACKAGE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WebApi {
    String name();

    Api.SCOPE scope();

    int version();
}
