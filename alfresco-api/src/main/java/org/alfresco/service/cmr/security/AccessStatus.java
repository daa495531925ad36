package org.alfresco.service.cmr.security;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public enum AccessStatus {
    DENIED, ALLOWED, UNDETERMINED
}
