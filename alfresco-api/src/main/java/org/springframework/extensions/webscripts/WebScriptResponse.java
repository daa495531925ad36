package org.springframework.extensions.webscripts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface WebScriptResponse {

    String JSON_FORMAT = "json";

    String HTML_FORMAT = "html";

    String HEADER_LOCATION = "Location";

    Writer getWriter() throws IOException;

    OutputStream getOutputStream() throws IOException;

    void setContentType(String contentType);

    void setContentEncoding(String contentEncoding);

    void setHeader(String name, String value);

    void addHeader(String name, String value);

    void setStatus(int status);

    void setCache(Cache cache);

    void reset();
}
