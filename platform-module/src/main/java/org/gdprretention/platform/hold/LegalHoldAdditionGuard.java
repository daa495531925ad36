package org.gdprretention.platform.hold;

import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.guard.HandEditGuard;
import org.gdprretention.platform.guard.HandEditGuard.Writer;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * A legal hold is placed through the module only ({@link LegalHoldService#placeHold}: the action
 * {@value SetLegalHoldActionExecuter#NAME}), never by adding {@code gdpr:legalHold} directly. ACS lets anyone with
 * Write permission add an aspect (over CMIS, REST, a rule's "add aspect" or a node created with the hold's
 * properties) unless a behaviour refuses; such a hold would keep personal data beyond its legal period with nobody
 * accountable for it, which GDPR forbids as much as deleting it early.
 *
 * <p>Refused: anyone who is not a GDPR officer or an administrator, with the same message as the action gives; and
 * officers and administrators too, pointing them to the action. A direct addition cannot be recorded as the action
 * records a hold: CMIS adds the aspect first and sets its properties afterwards, so the reason is not there yet when
 * the aspect is added, and a hold without a reason and without an audit entry is what this guard exists to prevent.
 * Allowed: the module's own {@code placeHold} (it checks the officer and records the hold), the repository itself
 * (the system user with no person behind it), and adding the aspect again to a node that is held already (nothing is
 * placed; ACS runs this behaviour for an aspect the node has too).
 *
 * <p>Copies do not carry a hold at all ({@link LegalHoldCopyBehaviour}), so copying, checking out and checking in a
 * held document never comes here.
 */
public class LegalHoldAdditionGuard implements NodeServicePolicies.BeforeAddAspectPolicy, InitializingBean {

    static final String USE_THE_ACTION = "A legal hold is placed with the action '" + SetLegalHoldActionExecuter.NAME
            + "' (Set legal hold), which records its reason, who placed it and when; adding gdpr:legalHold directly"
            + " is refused";

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private AuthorityService authorityService;
    private HoldPermission permission;
    private HandEditGuard guard;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "authorityService", authorityService);
        permission = new HoldPermission(authorityService);
        // The person, as HoldPermission judges: a rule's action runs as System for whoever triggered it.
        guard = new HandEditGuard(policyComponent, this, Writer.PERSON, PlacingHold::isPlacing);
        guard.bind(NodeServicePolicies.BeforeAddAspectPolicy.QNAME, RetentionModel.ASPECT_LEGAL_HOLD,
                "beforeAddAspect");
    }

    @Override
    public void beforeAddAspect(NodeRef nodeRef, QName aspectTypeQName) {
        if (!RetentionModel.ASPECT_LEGAL_HOLD.equals(aspectTypeQName) || guard.isModuleWrite(nodeRef)
                || nodeService.hasAspect(nodeRef, RetentionModel.ASPECT_LEGAL_HOLD)) {
            return;
        }
        // Anyone who may not place a hold at all hears so; an officer or administrator is sent to the action.
        permission.checkMayPlace(nodeRef);
        throw new AccessDeniedException(USE_THE_ACTION + " (" + nodeRef + ")");
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }
}
