package org.gdprretention.platform.expiry;

import org.alfresco.repo.copy.CopyBehaviourCallback;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * Copying a retained document never restarts its clock. ACS creates a copy as a new node with its own
 * {@code cm:created}, and adding {@code gdpr:retainable} to it makes the applier compute its retention at once: a
 * type that starts at creation would start again on the day of the copy. Every copy of a retained document
 * (an administrator's "Copy to", a check-out's working copy, and the check-in that copies the working copy back onto
 * the original) therefore carries {@code gdpr:originalCreated}, which {@link RetentionStartResolver} starts from.
 * The value is derived from the source here, and {@link RetentionInputGuard} lets no one else write it.
 */
public class RetainableCopyBehaviour implements CopyServicePolicies.OnCopyNodePolicy, InitializingBean {

    private PolicyComponent policyComponent;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        policyComponent.bindClassBehaviour(CopyServicePolicies.OnCopyNodePolicy.QNAME,
                RetentionModel.ASPECT_RETAINABLE, new JavaBehaviour(this, "getCopyCallback"));
    }

    @Override
    public CopyBehaviourCallback getCopyCallback(QName classRef, CopyDetails copyDetails) {
        return OriginalCreatedCopyCallback.INSTANCE;
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }
}
