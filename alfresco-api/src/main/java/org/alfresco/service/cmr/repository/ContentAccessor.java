package org.alfresco.service.cmr.repository;

import java.util.Locale;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface ContentAccessor {

    ContentData getContentData();

    String getContentUrl();

    String getEncoding();

    String getMimetype();

    long getSize();

    Locale getLocale();
}
