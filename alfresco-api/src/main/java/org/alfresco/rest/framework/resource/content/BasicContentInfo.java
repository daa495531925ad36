package org.alfresco.rest.framework.resource.content;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface BasicContentInfo {
    String getMimeType();

    String getEncoding();
}
