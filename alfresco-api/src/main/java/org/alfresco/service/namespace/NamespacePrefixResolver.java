package org.alfresco.service.namespace;

import java.util.Collection;

/** Compile-only copy of the ACS 26.3 signature. */
public interface NamespacePrefixResolver {

    String getNamespaceURI(String prefix) throws NamespaceException;

    Collection<String> getPrefixes(String namespaceURI) throws NamespaceException;

    Collection<String> getPrefixes();

    Collection<String> getURIs();
}
