package org.gdprretention.platform.copy;

import org.alfresco.repo.copy.CopyBehaviourCallback;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;

/**
 * Decides what one of the module's aspects does when ACS copies a node that has it. ACS's {@code CopyServiceImpl}
 * asks every aspect of the source for its {@code onCopyNode} callback, for "Copy to", check-out's working copy,
 * check-in (the working copy copied onto the original) and copies made from a template alike; a subclass names the
 * aspect and gives the callback.
 */
public abstract class AspectCopyBehaviour implements CopyServicePolicies.OnCopyNodePolicy, InitializingBean {

    private final QName aspect;
    private final CopyBehaviourCallback callback;
    private PolicyComponent policyComponent;

    protected AspectCopyBehaviour(QName aspect, CopyBehaviourCallback callback) {
        this.aspect = aspect;
        this.callback = callback;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        policyComponent.bindClassBehaviour(CopyServicePolicies.OnCopyNodePolicy.QNAME, aspect,
                new JavaBehaviour(this, "getCopyCallback"));
    }

    @Override
    public CopyBehaviourCallback getCopyCallback(QName classRef, CopyDetails copyDetails) {
        return callback;
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }
}
