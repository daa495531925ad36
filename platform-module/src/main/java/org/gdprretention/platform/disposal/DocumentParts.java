package org.gdprretention.platform.disposal;

import java.util.List;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.version.VersionHistory;

/**
 * A node a purge deletes together with what hangs on it: its version history and its renditions.
 *
 * @param versionHistory the node's version history, or {@code null} when it has none
 * @param renditions     the rendition nodes ({@code rn:rendition} children)
 */
record DocumentParts(NodeRef nodeRef, VersionHistory versionHistory, List<NodeRef> renditions) {

    DocumentParts {
        renditions = List.copyOf(renditions);
    }
}
