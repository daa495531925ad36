package org.alfresco.service.cmr.coci;

import org.alfresco.service.cmr.repository.NodeRef;

/** Compile-only copy of the ACS 26.3 signature (the members the add-on uses); ACS supplies the real type at run time. */
public interface CheckOutCheckInService {

    NodeRef getWorkingCopy(NodeRef nodeRef);

    NodeRef getCheckedOut(NodeRef nodeRef);

    boolean isWorkingCopy(NodeRef nodeRef);

    boolean isCheckedOut(NodeRef nodeRef);
}
