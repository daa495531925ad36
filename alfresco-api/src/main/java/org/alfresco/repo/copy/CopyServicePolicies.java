package org.alfresco.repo.copy;

import java.util.Map;

import org.alfresco.repo.policy.ClassPolicy;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface CopyServicePolicies {

    interface BeforeCopyPolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "beforeCopy");

        void beforeCopy(QName classRef, NodeRef sourceNodeRef, NodeRef targetNodeRef);
    }

    interface OnCopyCompletePolicy extends ClassPolicy {

        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onCopyComplete");

        void onCopyComplete(QName classRef, NodeRef sourceNodeRef, NodeRef targetNodeRef, boolean copyToNewNode,
                Map<NodeRef, NodeRef> copyMap);
    }

    interface OnCopyNodePolicy extends ClassPolicy {

        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "getCopyCallback");

        CopyBehaviourCallback getCopyCallback(QName classRef, CopyDetails copyDetails);
    }
}
