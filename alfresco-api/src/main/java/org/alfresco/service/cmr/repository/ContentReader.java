package org.alfresco.service.cmr.repository;

import java.io.InputStream;
import java.io.OutputStream;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface ContentReader extends ContentAccessor {

    boolean exists();

    InputStream getContentInputStream() throws ContentIOException;

    String getContentString() throws ContentIOException;

    void getContent(OutputStream os) throws ContentIOException;

    long getLastModified();
}
