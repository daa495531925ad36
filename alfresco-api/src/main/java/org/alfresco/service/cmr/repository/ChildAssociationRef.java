package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.Objects;
import java.util.StringTokenizer;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.service.namespace.QName;

/**
 * A parent-child association. A real value class: mocked node services return it and policies receive it, and
 * its equality, like ACS's, ignores the primary flag and the sibling index.
 */
public class ChildAssociationRef implements EntityRef, Comparable<ChildAssociationRef>, Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FILLER = "|";

    private final QName assocTypeQName;
    private final NodeRef parentRef;
    private final QName childQName;
    private final NodeRef childRef;
    private final boolean isPrimary;
    private int nthSibling;

    public ChildAssociationRef(QName assocTypeQName, NodeRef parentRef, QName childQName, NodeRef childRef,
            boolean isPrimary, int nthSibling) {
        if (childRef == null) {
            throw new IllegalArgumentException("Child reference may not be null");
        }
        this.assocTypeQName = assocTypeQName;
        this.parentRef = parentRef;
        this.childQName = childQName;
        this.childRef = childRef;
        this.isPrimary = isPrimary;
        this.nthSibling = nthSibling;
    }

    /** A non-primary association with sibling index -1, as in ACS. */
    public ChildAssociationRef(QName assocTypeQName, NodeRef parentRef, QName childQName, NodeRef childRef) {
        this(assocTypeQName, parentRef, childQName, childRef, false, -1);
    }

    /** Parses the form {@link #toString()} writes: <code>parent|child|type|name|primary|nth</code>. */
    public ChildAssociationRef(String childAssocRefStr) {
        StringTokenizer tokens = new StringTokenizer(childAssocRefStr, FILLER);
        if (tokens.countTokens() != 6) {
            throw new AlfrescoRuntimeException("Unable to parse child association string: " + childAssocRefStr);
        }
        this.parentRef = new NodeRef(tokens.nextToken());
        this.childRef = new NodeRef(tokens.nextToken());
        this.assocTypeQName = QName.createQName(tokens.nextToken());
        this.childQName = QName.createQName(tokens.nextToken());
        this.isPrimary = Boolean.parseBoolean(tokens.nextToken());
        this.nthSibling = Integer.parseInt(tokens.nextToken());
    }

    public QName getTypeQName() {
        return assocTypeQName;
    }

    public QName getQName() {
        return childQName;
    }

    public NodeRef getChildRef() {
        return childRef;
    }

    public NodeRef getParentRef() {
        return parentRef;
    }

    public boolean isPrimary() {
        return isPrimary;
    }

    public int getNthSibling() {
        return nthSibling;
    }

    public void setNthSibling(int nthSibling) {
        this.nthSibling = nthSibling;
    }

    @Override
    public int compareTo(ChildAssociationRef another) {
        return Integer.compare(nthSibling, another.nthSibling);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ChildAssociationRef)) {
            return false;
        }
        ChildAssociationRef other = (ChildAssociationRef) o;
        return Objects.equals(assocTypeQName, other.assocTypeQName)
                && Objects.equals(parentRef, other.parentRef)
                && Objects.equals(childQName, other.childQName)
                && Objects.equals(childRef, other.childRef);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assocTypeQName, parentRef, childQName, childRef);
    }

    @Override
    public String toString() {
        return parentRef + FILLER + childRef + FILLER + assocTypeQName + FILLER + childQName + FILLER + isPrimary
                + FILLER + nthSibling;
    }
}
