package org.alfresco.repo.coci;

import org.alfresco.repo.policy.ClassPolicy;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface CheckOutCheckInServicePolicies {

    interface BeforeCheckOut extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "beforeCheckOut");

        void beforeCheckOut(NodeRef nodeRef, NodeRef destinationParentNodeRef, QName destinationAssocTypeQName,
                QName destinationAssocQName);
    }
}
