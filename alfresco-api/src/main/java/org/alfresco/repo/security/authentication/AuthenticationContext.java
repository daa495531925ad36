package org.alfresco.repo.security.authentication;

/** Compile-only copy of the ACS 26.3 signature (no members needed); ACS supplies the real type. */
public interface AuthenticationContext {
}
