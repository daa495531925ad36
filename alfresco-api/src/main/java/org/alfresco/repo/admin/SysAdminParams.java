package org.alfresco.repo.admin;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface SysAdminParams {

    String getAlfrescoProtocol();

    String getAlfrescoHost();

    int getAlfrescoPort();

    String getAlfrescoContext();

    String getShareProtocol();

    String getShareHost();

    int getSharePort();

    String getShareContext();
}
