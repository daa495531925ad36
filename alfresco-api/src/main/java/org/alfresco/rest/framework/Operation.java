package org.alfresco.rest.framework;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only copy of the ACS 26.3 signature. Marks a resource method reached as
 * {@code POST /{entity}/{id}/{value}}; the method takes {@code (String id, Body body, Parameters, WithResponse)}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Operation {
    String value();
}
