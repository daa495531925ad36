package org.alfresco.rest.framework.resource.parameters.where;

/** Compile-only copy of the ACS 26.3 signature (the parsed {@code where} clause); the add-on does not read it. */
public interface Query {
}
