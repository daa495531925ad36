package org.gdprretention.platform.expiry;

import java.util.Optional;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.gdprretention.platform.model.RetentionModel;

/** Finds a document's dossier: the nearest folder above it that carries {@code gdpr:dataSubject}. */
public class DossierLocator {

    private final NodeService nodeService;

    public DossierLocator(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    /** The nearest primary ancestor (not the node itself) with {@code gdpr:dataSubject}, up to the store root. */
    public Optional<NodeRef> nearestDossier(NodeRef document) {
        NodeRef current = parentOf(document);
        while (current != null) {
            if (nodeService.hasAspect(current, RetentionModel.ASPECT_DATA_SUBJECT)) {
                return Optional.of(current);
            }
            current = parentOf(current);
        }
        return Optional.empty();
    }

    private NodeRef parentOf(NodeRef node) {
        ChildAssociationRef parent = nodeService.getPrimaryParent(node);
        return parent == null ? null : parent.getParentRef();
    }
}
