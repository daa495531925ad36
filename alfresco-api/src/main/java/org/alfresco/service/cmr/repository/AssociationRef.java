package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.Objects;

import org.alfresco.service.namespace.QName;

/** A peer association. A real value class: mocked node services return it. */
public class AssociationRef implements EntityRef, Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FILLER = "|";

    private final Long id;
    private final NodeRef sourceRef;
    private final QName assocTypeQName;
    private final NodeRef targetRef;

    public AssociationRef(NodeRef sourceRef, QName assocTypeQName, NodeRef targetRef) {
        this(null, sourceRef, assocTypeQName, targetRef);
    }

    public AssociationRef(Long id, NodeRef sourceRef, QName assocTypeQName, NodeRef targetRef) {
        if (sourceRef == null || assocTypeQName == null || targetRef == null) {
            throw new IllegalArgumentException("Source, type and target of an association may not be null");
        }
        this.id = id;
        this.sourceRef = sourceRef;
        this.assocTypeQName = assocTypeQName;
        this.targetRef = targetRef;
    }

    public Long getId() {
        return id;
    }

    public NodeRef getSourceRef() {
        return sourceRef;
    }

    public QName getTypeQName() {
        return assocTypeQName;
    }

    public NodeRef getTargetRef() {
        return targetRef;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AssociationRef)) {
            return false;
        }
        AssociationRef other = (AssociationRef) o;
        return sourceRef.equals(other.sourceRef) && assocTypeQName.equals(other.assocTypeQName)
                && targetRef.equals(other.targetRef);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceRef, assocTypeQName, targetRef);
    }

    @Override
    public String toString() {
        return (id == null ? "" : id + FILLER) + sourceRef + FILLER + targetRef + FILLER + assocTypeQName;
    }
}
