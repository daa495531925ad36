package org.alfresco.service.cmr.search;

import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface ResultSetRow {

    NodeRef getNodeRef();

    ChildAssociationRef getChildAssocRef();

    int getIndex();

    float getScore();
}
