package org.springframework.extensions.webscripts;

import org.springframework.extensions.surf.util.Content;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface WebScriptRequest {

    String getParameter(String name);

    String[] getParameterNames();

    String[] getParameterValues(String name);

    Content getContent();

    String getContentType();

    Match getServiceMatch();

    String getHeader(String name);

    String getFormat();

    String getURL();

    String getServicePath();

    Object parseContent();

    boolean isGuest();
}
