package org.gdprretention.platform.expiry;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.model.RetentionModel;

/**
 * Finds a document's dossier: the nearest folder above it that carries {@code gdpr:dataSubject}, and reads from it
 * what the retention of the document needs. The walk and the reading run as the system user: a person may save a
 * document in a folder they can read while an ancestor on the way (the dossier itself, or a folder between) is
 * closed to them, and ACS's public NodeService would refuse them that ancestor. Only the value asked for comes back,
 * never the dossier itself, so nothing else of a node the person cannot read reaches them.
 */
public class DossierLocator {

    private final NodeService nodeService;

    public DossierLocator(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    /** {@code read} applied to the properties of the nearest dossier above {@code document}, if there is one. */
    public <T> Optional<T> fromNearestDossier(NodeRef document, Function<Map<QName, Serializable>, T> read) {
        return AuthenticationUtil.runAsSystem(() -> nearestDossier(document)
                .map(dossier -> read.apply(nodeService.getProperties(dossier))));
    }

    // The nearest primary ancestor (not the node itself) with gdpr:dataSubject, up to the store root.
    private Optional<NodeRef> nearestDossier(NodeRef document) {
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
