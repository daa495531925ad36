package org.alfresco.service.cmr.version;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface VersionService {

    String VERSION_STORE_PROTOCOL = "versionStore";

    void deleteVersionHistory(NodeRef nodeRef);

    VersionHistory getVersionHistory(NodeRef nodeRef);

    boolean isVersioned(NodeRef nodeRef);

    boolean isAVersion(NodeRef nodeRef);

    Version getCurrentVersion(NodeRef nodeRef);

    StoreRef getVersionStoreReference();
}
