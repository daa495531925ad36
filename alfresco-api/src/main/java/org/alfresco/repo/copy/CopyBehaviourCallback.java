package org.alfresco.repo.copy;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.Pair;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface CopyBehaviourCallback {

    Pair<CopyBehaviourCallback.AssocCopySourceAction, CopyBehaviourCallback.AssocCopyTargetAction>
            getAssociationCopyAction(QName classQName, CopyDetails copyDetails,
                    CopyBehaviourCallback.CopyAssociationDetails assocCopyDetails);

    CopyBehaviourCallback.ChildAssocCopyAction getChildAssociationCopyAction(QName classQName, CopyDetails copyDetails,
            CopyBehaviourCallback.CopyChildAssociationDetails childAssocCopyDetails);

    CopyBehaviourCallback.ChildAssocRecurseAction getChildAssociationRecurseAction(QName classQName,
            CopyDetails copyDetails, CopyBehaviourCallback.CopyChildAssociationDetails childAssocCopyDetails);

    Map<QName, Serializable> getCopyProperties(QName classQName, CopyDetails copyDetails,
            Map<QName, Serializable> properties);

    boolean getMustCopy(QName classQName, CopyDetails copyDetails);

    boolean isTopLevelCanBeRenamed(QName classQName, CopyDetails copyDetails);

    enum AssocCopySourceAction {
        COPY, COPY_REMOVE_EXISTING, IGNORE
    }

    enum AssocCopyTargetAction {
        USE_ORIGINAL_TARGET, USE_COPIED_TARGET, USE_COPIED_OTHERWISE_ORIGINAL_TARGET
    }

    enum ChildAssocCopyAction {
        IGNORE, COPY_ASSOC, COPY_CHILD
    }

    enum ChildAssocRecurseAction {
        RESPECT_RECURSE_FLAG, FORCE_RECURSE
    }

    final class CopyAssociationDetails {

        public CopyAssociationDetails(AssociationRef assocRef, NodeRef copyTarget, boolean copyTargetIsNew) {
            throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
        }

        public final AssociationRef getAssocRef() {
            throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
        }

        public final NodeRef getCopyTarget() {
            throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
        }

        public final boolean getCopyTargetIsNew() {
            throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
        }

        public String toString() {
            throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
        }
    }

    /** A value holder in ACS as here (its fields as ACS's): the copy service makes one per child association. */
    final class CopyChildAssociationDetails {

        private final ChildAssociationRef childAssocRef;
        private final NodeRef copyTarget;
        private final boolean copyTargetIsNew;
        private final boolean copyChildren;

        public CopyChildAssociationDetails(ChildAssociationRef childAssocRef, NodeRef copyTarget,
                boolean copyTargetIsNew, boolean copyChildren) {
            this.childAssocRef = childAssocRef;
            this.copyTarget = copyTarget;
            this.copyTargetIsNew = copyTargetIsNew;
            this.copyChildren = copyChildren;
        }

        public final ChildAssociationRef getChildAssocRef() {
            return childAssocRef;
        }

        public final NodeRef getCopyTarget() {
            return copyTarget;
        }

        public final boolean getCopyTargetIsNew() {
            return copyTargetIsNew;
        }

        public final boolean isCopyChildren() {
            return copyChildren;
        }

        public String toString() {
            return "CopyChildAssociationDetails[childAssocRef=" + childAssocRef + ", copyTarget=" + copyTarget
                    + ", copyTargetIsNew=" + copyTargetIsNew + ", copyChildren=" + copyChildren + "]";
        }
    }
}
