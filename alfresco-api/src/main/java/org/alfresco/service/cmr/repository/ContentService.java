package org.alfresco.service.cmr.repository;

import org.alfresco.service.namespace.QName;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface ContentService {

    ContentReader getReader(NodeRef nodeRef, QName propertyQName) throws InvalidNodeRefException;

    ContentWriter getWriter(NodeRef nodeRef, QName propertyQName, boolean update) throws InvalidNodeRefException;

    ContentReader getRawReader(String contentUrl);
}
