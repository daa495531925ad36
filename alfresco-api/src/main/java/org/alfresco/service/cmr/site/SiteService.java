package org.alfresco.service.cmr.site;

import org.alfresco.service.cmr.repository.NodeRef;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface SiteService {

    /** The short name of the Share site the node lives in, or null outside sites. */
    String getSiteShortName(NodeRef nodeRef);
}
