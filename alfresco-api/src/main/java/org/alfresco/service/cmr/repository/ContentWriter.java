package org.alfresco.service.cmr.repository;

import java.io.InputStream;
import java.io.OutputStream;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface ContentWriter extends ContentAccessor {

    OutputStream getContentOutputStream() throws ContentIOException;

    void putContent(String content) throws ContentIOException;

    void putContent(InputStream content) throws ContentIOException;

    ContentReader getReader() throws ContentIOException;
}
