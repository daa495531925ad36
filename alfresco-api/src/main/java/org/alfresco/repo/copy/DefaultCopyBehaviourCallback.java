package org.alfresco.repo.copy;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.service.namespace.QName;
import org.alfresco.util.Pair;

/**
 * Compile-only copy of the ACS 26.3 signature. {@link #getMustCopy}, {@link #getCopyProperties} and
 * {@link #getChildAssociationCopyAction} behave as in ACS (copy everything, properties unchanged, children as the
 * copy asks), because the add-on's callback extends this class and calls {@code super} in tests; the other members
 * throw.
 */
public class DefaultCopyBehaviourCallback extends AbstractCopyBehaviourCallback {

    public DefaultCopyBehaviourCallback() {
        // ACS keeps no state here either
    }

    public static CopyBehaviourCallback getInstance() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public boolean getMustCopy(QName classQName, CopyDetails copyDetails) {
        return true;
    }

    @Override
    public Map<QName, Serializable> getCopyProperties(QName classQName, CopyDetails copyDetails,
            Map<QName, Serializable> properties) {
        return properties;
    }

    /** As ACS: nothing without copyChildren, else a primary child is copied and a secondary one linked. */
    @Override
    public CopyBehaviourCallback.ChildAssocCopyAction getChildAssociationCopyAction(QName classQName,
            CopyDetails copyDetails, CopyBehaviourCallback.CopyChildAssociationDetails childAssocCopyDetails) {
        if (!childAssocCopyDetails.isCopyChildren()) {
            return CopyBehaviourCallback.ChildAssocCopyAction.IGNORE;
        }
        return childAssocCopyDetails.getChildAssocRef().isPrimary()
                ? CopyBehaviourCallback.ChildAssocCopyAction.COPY_CHILD
                : CopyBehaviourCallback.ChildAssocCopyAction.COPY_ASSOC;
    }

    @Override
    public Pair<CopyBehaviourCallback.AssocCopySourceAction, CopyBehaviourCallback.AssocCopyTargetAction>
            getAssociationCopyAction(QName classQName, CopyDetails copyDetails,
                    CopyBehaviourCallback.CopyAssociationDetails assocCopyDetails) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }
}
