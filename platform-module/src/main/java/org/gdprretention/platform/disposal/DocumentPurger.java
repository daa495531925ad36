package org.gdprretention.platform.disposal;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.version.VersionService;

/**
 * The destructive steps of a purge, in the caller's transaction: first the working copy of a checked-out document
 * (it carries the same personal data, and ACS would leave it behind), then for each node its version history, its
 * renditions and the node itself.
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
        if (document.workingCopy() != null && nodeService.exists(document.workingCopy().nodeRef())) {
            delete(document.workingCopy());
        }
        delete(document.parts());
    }

    private void delete(DocumentParts parts) {
        if (parts.versionHistory() != null) {
            versionService.deleteVersionHistory(parts.nodeRef());
        }
        for (NodeRef rendition : parts.renditions()) {
            if (nodeService.exists(rendition)) {
                deletePermanently(rendition);
            }
        }
        deletePermanently(parts.nodeRef());
    }

    private void deletePermanently(NodeRef node) {
        nodeService.addAspect(node, ContentModel.ASPECT_TEMPORARY, null);
        nodeService.deleteNode(node);
    }
}
