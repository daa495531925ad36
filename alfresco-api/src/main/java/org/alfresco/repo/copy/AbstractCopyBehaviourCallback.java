package org.alfresco.repo.copy;

import org.alfresco.service.namespace.QName;
import org.alfresco.util.Pair;

/** Compile-only copy of the ACS 26.3 signature: the base of copy callbacks. */
public abstract class AbstractCopyBehaviourCallback implements CopyBehaviourCallback {

    @Override
    public Pair<CopyBehaviourCallback.AssocCopySourceAction, CopyBehaviourCallback.AssocCopyTargetAction>
            getAssociationCopyAction(QName classQName, CopyDetails copyDetails,
                    CopyBehaviourCallback.CopyAssociationDetails assocCopyDetails) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public CopyBehaviourCallback.ChildAssocRecurseAction getChildAssociationRecurseAction(QName classQName,
            CopyDetails copyDetails, CopyBehaviourCallback.CopyChildAssociationDetails childAssocCopyDetails) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public boolean isTopLevelCanBeRenamed(QName classQName, CopyDetails copyDetails) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }
}
