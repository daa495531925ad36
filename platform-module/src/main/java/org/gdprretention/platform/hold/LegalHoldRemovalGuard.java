package org.gdprretention.platform.hold;

import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.guard.HandEditGuard;
import org.gdprretention.platform.guard.HandEditGuard.Writer;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * Refuses the removal of {@code gdpr:legalHold} by anyone but a GDPR officer or an administrator, however it is
 * asked for: ACS lets anyone with Write permission remove an aspect (over CMIS, REST or a rule) unless a
 * behaviour refuses. The module's own lift ({@link LegalHoldService#liftHold}) runs as the officer and passes.
 */
public class LegalHoldRemovalGuard implements NodeServicePolicies.BeforeRemoveAspectPolicy, InitializingBean {

    private PolicyComponent policyComponent;
    private AuthorityService authorityService;
    private HoldPermission permission;
    private HandEditGuard guard;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "authorityService", authorityService);
        permission = new HoldPermission(authorityService);
        // The person, as HoldPermission judges; no mark: the module's lift runs as the officer, who is let through.
        guard = new HandEditGuard(policyComponent, this, Writer.PERSON, HandEditGuard.UNMARKED);
        guard.bind(NodeServicePolicies.BeforeRemoveAspectPolicy.QNAME, RetentionModel.ASPECT_LEGAL_HOLD,
                "beforeRemoveAspect");
    }

    @Override
    public void beforeRemoveAspect(NodeRef nodeRef, QName aspectTypeQName) {
        if (RetentionModel.ASPECT_LEGAL_HOLD.equals(aspectTypeQName) && !guard.isModuleWrite(nodeRef)) {
            permission.checkMayLift(nodeRef);
        }
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }
}
