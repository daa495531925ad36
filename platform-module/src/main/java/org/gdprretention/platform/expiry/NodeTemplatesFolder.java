package org.gdprretention.platform.expiry;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/**
 * Data Dictionary/Node Templates, where Share's "create document from template" takes its templates. Recognised
 * by the association name ACS gives that folder ({@code app:node_templates}), not by its display name, which is
 * translated per installation.
 */
final class NodeTemplatesFolder {

    static final QName ASSOC_NAME = QName.createQName(NamespaceService.APP_MODEL_1_0_URI, "node_templates");

    private final NodeService nodeService;

    NodeTemplatesFolder(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    /**
     * Whether {@code node} is the folder itself or lies anywhere below it, following primary parents. Read as the
     * system user: the person copying need not be able to read every ancestor (e.g. Sites), and only the place is
     * looked at, nothing is returned from those nodes.
     */
    boolean contains(NodeRef node) {
        return AuthenticationUtil.runAsSystem(() -> walkUp(node));
    }

    private boolean walkUp(NodeRef node) {
        NodeRef current = node;
        while (current != null) {
            ChildAssociationRef primary = nodeService.getPrimaryParent(current);
            if (primary == null) {
                return false;
            }
            if (ASSOC_NAME.equals(primary.getQName())) {
                return true;
            }
            current = primary.getParentRef();
        }
        return false;
    }
}
