package org.alfresco.service.cmr.version;

import java.io.Serializable;
import java.util.Date;

import org.alfresco.service.cmr.repository.NodeRef;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface Version extends Serializable {

    NodeRef getFrozenStateNodeRef();

    NodeRef getVersionedNodeRef();

    String getVersionLabel();

    Date getFrozenModifiedDate();
}
