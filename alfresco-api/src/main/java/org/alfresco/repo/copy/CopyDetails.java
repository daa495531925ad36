package org.alfresco.repo.copy;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/**
 * What is being copied, handed to {@link CopyServicePolicies.OnCopyNodePolicy}. A real value class: tests of the
 * add-on's copy callback build one.
 */
public class CopyDetails {

    private final NodeRef sourceNodeRef;
    private final QName sourceNodeTypeQName;
    private final Set<QName> sourceNodeAspectQNames;
    private final Map<QName, Serializable> sourceNodeProperties;
    private final NodeRef targetParentNodeRef;
    private final NodeRef targetNodeRef;
    private final boolean targetNodeIsNew;
    private final QName assocTypeQName;
    private final QName assocQName;

    public CopyDetails(NodeRef sourceNodeRef, QName sourceNodeTypeQName, Set<QName> sourceNodeAspectQNames,
            Map<QName, Serializable> sourceNodeProperties, NodeRef targetParentNodeRef, NodeRef targetNodeRef,
            boolean targetNodeIsNew, QName assocTypeQName, QName assocQName) {
        this.sourceNodeRef = sourceNodeRef;
        this.sourceNodeTypeQName = sourceNodeTypeQName;
        this.sourceNodeAspectQNames = sourceNodeAspectQNames;
        this.sourceNodeProperties = sourceNodeProperties;
        this.targetParentNodeRef = targetParentNodeRef;
        this.targetNodeRef = targetNodeRef;
        this.targetNodeIsNew = targetNodeIsNew;
        this.assocTypeQName = assocTypeQName;
        this.assocQName = assocQName;
    }

    public final NodeRef getSourceNodeRef() {
        return sourceNodeRef;
    }

    public final QName getSourceNodeTypeQName() {
        return sourceNodeTypeQName;
    }

    public final Set<QName> getSourceNodeAspectQNames() {
        return sourceNodeAspectQNames;
    }

    public final Map<QName, Serializable> getSourceNodeProperties() {
        return sourceNodeProperties;
    }

    public final NodeRef getTargetParentNodeRef() {
        return targetParentNodeRef;
    }

    public final NodeRef getTargetNodeRef() {
        return targetNodeRef;
    }

    public final boolean isTargetNodeIsNew() {
        return targetNodeIsNew;
    }

    public final QName getAssocTypeQName() {
        return assocTypeQName;
    }

    public final QName getAssocQName() {
        return assocQName;
    }

    @Override
    public String toString() {
        return "CopyDetails[source=" + sourceNodeRef + ", targetParent=" + targetParentNodeRef + ", target="
                + targetNodeRef + ", new=" + targetNodeIsNew + "]";
    }
}
