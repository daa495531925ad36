package org.gdprretention.platform.expiry;

import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.guard.HandEditGuard;
import org.gdprretention.platform.guard.HandEditGuard.Writer;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * Refuses the removal of {@code gdpr:recomputePending} by anyone but the module (the system user): ACS lets anyone
 * with Write remove an aspect, and removing the mark would let the documents below a changed dossier keep the
 * retention computed before the change once their queued recompute is dropped or lost.
 */
public class PendingRecomputeGuard implements NodeServicePolicies.BeforeRemoveAspectPolicy, InitializingBean {

    private PolicyComponent policyComponent;
    private HandEditGuard guard;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        // The run-as user, no mark: the module removes the mark as System, also inside a person's request.
        guard = new HandEditGuard(policyComponent, this, Writer.RUN_AS, HandEditGuard.UNMARKED);
        guard.bind(NodeServicePolicies.BeforeRemoveAspectPolicy.QNAME, RetentionModel.ASPECT_RECOMPUTE_PENDING,
                "beforeRemoveAspect");
    }

    @Override
    public void beforeRemoveAspect(NodeRef nodeRef, QName aspectTypeQName) {
        if (RetentionModel.ASPECT_RECOMPUTE_PENDING.equals(aspectTypeQName) && !guard.isModuleWrite(nodeRef)) {
            throw new AccessDeniedException("gdpr:recomputePending on " + nodeRef + " is removed by the repository"
                    + " once the documents below are recomputed, not by " + guard.writer());
        }
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }
}
