package org.alfresco.repo.node;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.repo.policy.ClassPolicy;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface NodeServicePolicies {

    interface BeforeAddAspectPolicy extends ClassPolicy {

        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "beforeAddAspect");

        void beforeAddAspect(NodeRef nodeRef, QName aspectTypeQName);
    }

    interface BeforeRemoveAspectPolicy extends ClassPolicy {

        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "beforeRemoveAspect");

        void beforeRemoveAspect(NodeRef nodeRef, QName aspectTypeQName);
    }

    interface BeforeDeleteNodePolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "beforeDeleteNode");

        void beforeDeleteNode(NodeRef nodeRef);
    }

    interface OnAddAspectPolicy extends ClassPolicy {

        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onAddAspect");

        void onAddAspect(NodeRef nodeRef, QName aspectTypeQName);
    }

    interface OnCreateNodePolicy extends ClassPolicy {

        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onCreateNode");

        void onCreateNode(ChildAssociationRef childAssocRef);
    }

    interface OnDeleteNodePolicy extends ClassPolicy {

        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onDeleteNode");

        void onDeleteNode(ChildAssociationRef childAssocRef, boolean isNodeArchived);
    }

    interface OnMoveNodePolicy extends ClassPolicy {

        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onMoveNode");

        void onMoveNode(ChildAssociationRef oldChildAssocRef, ChildAssociationRef newChildAssocRef);
    }

    interface OnRemoveAspectPolicy extends ClassPolicy {

        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onRemoveAspect");

        void onRemoveAspect(NodeRef nodeRef, QName aspectTypeQName);
    }

    interface OnUpdatePropertiesPolicy extends ClassPolicy {

        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onUpdateProperties");

        void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after);
    }
}
