package org.alfresco.service.cmr.version;

import java.io.Serializable;
import java.util.Collection;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface VersionHistory extends Serializable {

    Collection<Version> getAllVersions();

    Version getHeadVersion();

    Version getRootVersion();
}
