package org.alfresco.repo.tenant;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface TenantAdminService {
}
