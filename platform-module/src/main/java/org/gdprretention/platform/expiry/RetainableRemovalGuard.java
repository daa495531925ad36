package org.gdprretention.platform.expiry;

import java.io.Serializable;
import java.util.Map;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.guard.HandEditGuard;
import org.gdprretention.platform.guard.HandEditGuard.Writer;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.proof.RepositoryAuditLog;
import org.gdprretention.platform.security.GdprOfficers;
import org.springframework.beans.factory.InitializingBean;

/**
 * Taking {@code gdpr:retainable} off a document takes it out of retention: it never expires, never leaves the
 * repository and no longer shows in the overview. ACS lets anyone with Write remove an aspect (over REST, CMIS, a
 * rule, or by reverting to a version made before retention was applied) unless a behaviour refuses, so this guard
 * leaves it to GDPR officers and administrators, and records each removal as an audit entry
 * {@value #AUDIT_ACTION} with the type the document had.
 *
 * <p>The person behind the request is judged, also under a rule's action running as the system user: a rule a
 * collaborator saves must not be a way around it. The module itself never removes the aspect; a scheduled job (the
 * system user with no person behind it) passes.
 */
public class RetainableRemovalGuard implements NodeServicePolicies.BeforeRemoveAspectPolicy, InitializingBean {

    static final String AUDIT_ACTION = "retention.removed";

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private AuthorityService authorityService;
    private RepositoryAuditLog auditLog;

    private GdprOfficers officers;
    private HandEditGuard guard;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "authorityService", authorityService);
        PropertyCheck.mandatory(this, "auditLog", auditLog);
        officers = new GdprOfficers(authorityService);
        guard = new HandEditGuard(policyComponent, this, Writer.PERSON, HandEditGuard.UNMARKED);
        guard.bind(NodeServicePolicies.BeforeRemoveAspectPolicy.QNAME, RetentionModel.ASPECT_RETAINABLE,
                "beforeRemoveAspect");
    }

    @Override
    public void beforeRemoveAspect(NodeRef node, QName aspect) {
        if (!RetentionModel.ASPECT_RETAINABLE.equals(aspect) || guard.isModuleWrite(node)
                || !nodeService.exists(node)) {
            return;
        }
        String user = guard.writer();
        officers.require(user, "remove " + RetentionModel.PREFIX + ":retainable from " + node
                + ": the document would leave retention and never expire");
        Serializable type = nodeService.getProperty(node, RetentionModel.PROP_RETENTION_TYPE);
        auditLog.append(user, AUDIT_ACTION, node.toString(),
                Map.of("retentionType", type == null ? "" : type.toString()));
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

    public void setAuditLog(RepositoryAuditLog auditLog) {
        this.auditLog = auditLog;
    }
}
