package org.gdprretention.platform.expiry;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * Computes a document's retention whenever {@code gdpr:retainable} is added or one of its inputs changes, from
 * Share, REST or CMIS alike. Bound EVERY_EVENT so that an unknown retention type fails the very request that set
 * it; the applier's own writes come back here and are recognised as such.
 */
public class RetainableBehaviour implements NodeServicePolicies.OnAddAspectPolicy,
        NodeServicePolicies.OnUpdatePropertiesPolicy, InitializingBean {

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private RetentionApplier applier;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "applier", applier);
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnAddAspectPolicy.QNAME,
                RetentionModel.ASPECT_RETAINABLE, new JavaBehaviour(this, "onAddAspect", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME,
                RetentionModel.ASPECT_RETAINABLE,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onAddAspect(NodeRef nodeRef, QName aspectTypeQName) {
        if (applier.isApplying(nodeRef) || !nodeService.exists(nodeRef)) {
            return;
        }
        applier.recompute(nodeRef);
    }

    @Override
    public void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (applier.isApplying(nodeRef) || !nodeService.exists(nodeRef)) {
            return;
        }
        Serializable code = after.get(RetentionModel.PROP_RETENTION_TYPE);
        if (code != null && applier.affectsRetention(code.toString(), changed(before, after))) {
            applier.recompute(nodeRef);
        }
    }

    static Set<QName> changed(Map<QName, Serializable> before, Map<QName, Serializable> after) {
        Set<QName> names = new HashSet<>(before.keySet());
        names.addAll(after.keySet());
        names.removeIf(name -> Objects.equals(before.get(name), after.get(name)));
        return names;
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setApplier(RetentionApplier applier) {
        this.applier = applier;
    }
}
