package org.alfresco.service.cmr.security;

import java.util.Set;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface AuthorityService {

    String createAuthority(AuthorityType type, String shortName);

    String createAuthority(AuthorityType type, String shortName, String authorityDisplayName,
            Set<String> authorityZones);

    boolean authorityExists(String name);

    Set<String> getAuthoritiesForUser(String username);

    Set<String> getAuthorities();

    boolean isAdminAuthority(String authorityName);

    boolean hasAdminAuthority();

    Set<String> getContainedAuthorities(AuthorityType type, String name, boolean immediate);

    Set<String> getContainingAuthorities(AuthorityType type, String name, boolean immediate);

    String getName(AuthorityType type, String shortName);

    String getShortName(String name);

    void setAuthorityDisplayName(String authorityName, String authorityDisplayName);

    String getAuthorityDisplayName(String name);

    void addAuthority(String parentName, String childName);

    Set<String> getDefaultZones();
}
