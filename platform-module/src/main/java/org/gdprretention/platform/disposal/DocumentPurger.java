package org.gdprretention.platform.disposal;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.version.VersionService;

/**
 * The destructive steps of a purge, in the caller's transaction: version history, then renditions, then the node.
 *
 * <p>The trashcan is bypassed by adding {@code sys:temporary} before {@code deleteNode}: ACS deletes a temporary
 * node outright instead of moving it to the archive store. The alternative, deleting normally and then purging the
 * archived node, would put a copy of the document (metadata is personal data too) in the archive store for part of
 * the transaction, fire the archive behaviours, and add a second step that can fail on its own; with the aspect
 * the node never reaches the trashcan at all. Renditions get the aspect too, so none of them is archived when they
 * are deleted one by one.
 */
class DocumentPurger {

    private final NodeService nodeService;
    private final VersionService versionService;

    DocumentPurger(NodeService nodeService, VersionService versionService) {
        this.nodeService = nodeService;
        this.versionService = versionService;
    }

    void delete(DocumentSnapshot document) {
        NodeRef node = document.nodeRef();
        if (document.versionHistory() != null) {
            versionService.deleteVersionHistory(node);
        }
        for (NodeRef rendition : document.renditions()) {
            if (nodeService.exists(rendition)) {
                deletePermanently(rendition);
            }
        }
        deletePermanently(node);
    }

    private void deletePermanently(NodeRef node) {
        nodeService.addAspect(node, ContentModel.ASPECT_TEMPORARY, null);
        nodeService.deleteNode(node);
    }
}
