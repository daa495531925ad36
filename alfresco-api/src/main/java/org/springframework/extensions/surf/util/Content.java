package org.springframework.extensions.surf.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface Content {

    String getContent() throws IOException;

    String getEncoding();

    InputStream getInputStream();

    String getMimetype();

    Reader getReader() throws IOException;

    long getSize();
}
