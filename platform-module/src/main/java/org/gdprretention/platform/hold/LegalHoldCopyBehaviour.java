package org.gdprretention.platform.hold;

import java.io.Serializable;
import java.util.Map;
import org.alfresco.repo.copy.CopyBehaviourCallback;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.copy.DefaultCopyBehaviourCallback;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * A hold is on the record, not on its copies: {@code gdpr:legalHold} and its properties never go with a copy.
 * ACS copies a node's aspects as the user copying, so without this a copy would either carry a hold nobody placed
 * (no reason of its own, no audit entry) or, with {@link LegalHoldAdditionGuard}, be refused to everyone but
 * officers. The same holds for ACS's other copies:
 * <ul>
 * <li>check-out: the working copy is not held (it is not the record; cancelling the check-out deletes it);</li>
 * <li>check-in: the working copy is copied back onto the original; ACS's copy onto an existing node adds the
 * source's aspects and removes none, so the original keeps its own hold, unchanged and only once.</li>
 * </ul>
 * A copy filed in a held folder is held all the same, by that folder ({@link HeldAncestors}).
 */
public class LegalHoldCopyBehaviour implements CopyServicePolicies.OnCopyNodePolicy, InitializingBean {

    private PolicyComponent policyComponent;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        policyComponent.bindClassBehaviour(CopyServicePolicies.OnCopyNodePolicy.QNAME,
                RetentionModel.ASPECT_LEGAL_HOLD, new JavaBehaviour(this, "getCopyCallback"));
    }

    @Override
    public CopyBehaviourCallback getCopyCallback(QName classRef, CopyDetails copyDetails) {
        return NotCopied.INSTANCE;
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    /** Neither the aspect nor its properties go with any copy. */
    static final class NotCopied extends DefaultCopyBehaviourCallback {

        static final NotCopied INSTANCE = new NotCopied();

        private NotCopied() {
        }

        @Override
        public boolean getMustCopy(QName classQName, CopyDetails copyDetails) {
            return false;
        }

        @Override
        public Map<QName, Serializable> getCopyProperties(QName classQName, CopyDetails copyDetails,
                Map<QName, Serializable> properties) {
            return Map.of();
        }
    }
}
