package org.alfresco.rest.framework.resource.content;

import java.util.Locale;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface ContentInfo extends BasicContentInfo {
    long getLength();

    Locale getLocale();
}
