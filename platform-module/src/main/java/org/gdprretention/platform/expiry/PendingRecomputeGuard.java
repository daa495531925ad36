package org.gdprretention.platform.expiry;

import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * Refuses the removal of {@code gdpr:recomputePending} by anyone but the module (the system user): ACS lets anyone
 * with Write remove an aspect, and removing the mark would let the documents below a changed dossier keep the
 * retention computed before the change once their queued recompute is dropped or lost.
 */
public class PendingRecomputeGuard implements NodeServicePolicies.BeforeRemoveAspectPolicy, InitializingBean {

    private PolicyComponent policyComponent;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        // EVERY_EVENT: the refusal must fail the removal itself, before the aspect is gone.
        policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeRemoveAspectPolicy.QNAME,
                RetentionModel.ASPECT_RECOMPUTE_PENDING,
                new JavaBehaviour(this, "beforeRemoveAspect", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void beforeRemoveAspect(NodeRef nodeRef, QName aspectTypeQName) {
        if (RetentionModel.ASPECT_RECOMPUTE_PENDING.equals(aspectTypeQName)
                && !AuthenticationUtil.isRunAsUserTheSystemUser()) {
            throw new AccessDeniedException("gdpr:recomputePending on " + nodeRef + " is removed by the repository"
                    + " once the documents below are recomputed, not by " + AuthenticationUtil.getRunAsUser());
        }
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }
}
