package org.alfresco.service.cmr.lock;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface LockService {
}
