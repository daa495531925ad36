package org.alfresco.repo.content;

import org.alfresco.service.cmr.repository.ContentReader;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface ContentStore {

    String PROTOCOL_DELIMITER = "://";

    String getRootLocation();

    boolean exists(String contentUrl);

    boolean delete(String contentUrl);

    ContentReader getReader(String contentUrl);

    boolean isContentUrlSupported(String contentUrl);

    boolean isWriteSupported();

    long getSpaceFree();

    long getSpaceTotal();
}
