package org.gdprretention.platform.extension;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.guard.HandEditGuard;
import org.gdprretention.platform.guard.HandEditGuard.Blanks;
import org.gdprretention.platform.guard.HandEditGuard.Writer;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * The pending request on a document ({@code gdpr:extensionRequest}) is written by the module only
 * ({@link PendingRequestStore}). ACS lets anyone with Write permission add or remove an aspect and set its
 * properties (over CMIS, REST or a rule) unless a behaviour refuses: an aspect added by hand would hold the purge
 * with no request and no officer's task behind it, and one removed by hand would let the purge through while an
 * officer is still deciding. Refused to everybody, officers included (they decide in the task or over REST); allowed
 * to the module's own writes and to the repository itself (the system user with no person behind it).
 */
public class PendingRequestGuard implements NodeServicePolicies.BeforeAddAspectPolicy,
        NodeServicePolicies.BeforeRemoveAspectPolicy, NodeServicePolicies.OnUpdatePropertiesPolicy, InitializingBean {

    static final String REFUSAL = "An extension request is filed with the action 'gdpr-request-extension' and closed by"
            + " a GDPR officer's decision; gdpr:extensionRequest is not added, removed or changed directly";
    private static final List<QName> PROPERTIES = List.of(RetentionModel.PROP_EXTENSION_REQUEST_ID,
            RetentionModel.PROP_EXTENSION_REQUESTED_BY, RetentionModel.PROP_EXTENSION_REQUESTED_AT,
            RetentionModel.PROP_EXTENSION_REASON, RetentionModel.PROP_EXTENSION_WORKFLOW_ID);

    private PolicyComponent policyComponent;
    private HandEditGuard guard;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        // The person, not the run-as user: a rule's action runs as System for whoever triggered it.
        guard = new HandEditGuard(policyComponent, this, Writer.PERSON, PendingRequestStore::isWriting);
        guard.bind(NodeServicePolicies.BeforeAddAspectPolicy.QNAME, RetentionModel.ASPECT_EXTENSION_REQUEST,
                "beforeAddAspect");
        guard.bind(NodeServicePolicies.BeforeRemoveAspectPolicy.QNAME, RetentionModel.ASPECT_EXTENSION_REQUEST,
                "beforeRemoveAspect");
        guard.bind(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, RetentionModel.ASPECT_EXTENSION_REQUEST,
                "onUpdateProperties");
    }

    @Override
    public void beforeAddAspect(NodeRef nodeRef, QName aspectTypeQName) {
        check(nodeRef);
    }

    @Override
    public void beforeRemoveAspect(NodeRef nodeRef, QName aspectTypeQName) {
        check(nodeRef);
    }

    @Override
    public void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (!HandEditGuard.changed(PROPERTIES, before, after, Blanks.ARE_VALUES).isEmpty()) {
            check(nodeRef);
        }
    }

    // Officers are refused too: they decide in the task or over REST, never by editing the record.
    private void check(NodeRef nodeRef) {
        if (!guard.isModuleWrite(nodeRef)) {
            throw new AccessDeniedException(REFUSAL + " (" + nodeRef + ", " + guard.writer() + ")");
        }
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }
}
