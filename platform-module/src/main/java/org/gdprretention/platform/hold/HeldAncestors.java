package org.gdprretention.platform.hold;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.gdprretention.platform.model.RetentionModel;

/**
 * Whether a node is held: by a {@code gdpr:legalHold} on itself or on any folder above it. A hold on a folder holds
 * everything below it, as records management does with a dossier during a court case: the purge, the expiry job
 * (through the status it computes) and the trashcan sweep all ask here, so a document is held the same way
 * everywhere.
 *
 * <p>"Above" follows primary parents only: a secondary association files a document somewhere else too, but does not
 * put it under that folder's hold. An archived (trashcan) hierarchy is followed back to where it was deleted from
 * ({@code sys:archivedOriginalParentAssoc} on its top node), so a document deleted from a held folder stays held in
 * the trashcan; when that folder was deleted later too, its archived copy (same id, archive store) is followed.
 *
 * <p>The walk reads as the system user: the person asking may not be able to read the folders above a document, and
 * a hold there must count all the same. It costs one parent and one aspect read per level.
 */
public final class HeldAncestors {

    private static final StoreRef ARCHIVE = StoreRef.STORE_REF_ARCHIVE_SPACESSTORE;

    private final NodeService nodeService;

    public HeldAncestors(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    /** True when {@code node} or a folder above it is on legal hold. */
    public boolean isHeld(NodeRef node) {
        return holder(node).isPresent();
    }

    /** The node that holds {@code node}: itself, or the nearest held folder above it; empty when nothing does. */
    public Optional<NodeRef> holder(NodeRef node) {
        return AuthenticationUtil.runAsSystem(() -> {
            Set<NodeRef> seen = new HashSet<>();
            for (NodeRef current = node; current != null && seen.add(current); current = above(current)) {
                if (nodeService.hasAspect(current, RetentionModel.ASPECT_LEGAL_HOLD)) {
                    return Optional.of(current);
                }
            }
            return Optional.<NodeRef>empty();
        });
    }

    private NodeRef above(NodeRef node) {
        Serializable original = nodeService.getProperty(node, ContentModel.PROP_ARCHIVED_ORIGINAL_PARENT_ASSOC);
        if (original instanceof ChildAssociationRef deletedFrom && deletedFrom.getParentRef() != null) {
            return stillThere(deletedFrom.getParentRef());
        }
        ChildAssociationRef parent = nodeService.getPrimaryParent(node);
        return parent == null ? null : parent.getParentRef();
    }

    /** The folder a hierarchy was deleted from: in its store, or in the trashcan when it was deleted since. */
    private NodeRef stillThere(NodeRef folder) {
        if (nodeService.exists(folder)) {
            return folder;
        }
        NodeRef archived = new NodeRef(ARCHIVE, folder.getId());
        return nodeService.exists(archived) ? archived : null;
    }
}
