package org.gdprretention.platform.extension;

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
 * A pending request is about one document: {@code gdpr:extensionRequest} never goes with a copy ("Copy to",
 * check-out's working copy, a copy made from a template). Otherwise two documents would carry the same request id,
 * and a copy would hold its purge on a request nobody filed for it. ACS calls this for every aspect of the source
 * ({@code CopyServiceImpl}), copied or not; on check-in (the working copy copied onto the original) the original
 * keeps its own request, since ACS's copy onto an existing node removes no aspect.
 */
public class PendingRequestCopyBehaviour implements CopyServicePolicies.OnCopyNodePolicy, InitializingBean {

    private PolicyComponent policyComponent;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        policyComponent.bindClassBehaviour(CopyServicePolicies.OnCopyNodePolicy.QNAME,
                RetentionModel.ASPECT_EXTENSION_REQUEST, new JavaBehaviour(this, "getCopyCallback"));
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
