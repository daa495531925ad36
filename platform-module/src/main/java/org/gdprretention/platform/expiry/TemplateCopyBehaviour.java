package org.gdprretention.platform.expiry;

import java.io.Serializable;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.copy.CopyBehaviourCallback;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * Share's "create document from template" copies the template. When the template carries
 * {@code gdpr:templateBinding}, the copy gets the bound retention type, with the template recorded, instead of
 * the binding aspect itself.
 */
public class TemplateCopyBehaviour implements CopyServicePolicies.OnCopyNodePolicy,
        CopyServicePolicies.OnCopyCompletePolicy, InitializingBean {

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private RetentionApplier applier;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "applier", applier);
        policyComponent.bindClassBehaviour(CopyServicePolicies.OnCopyNodePolicy.QNAME,
                RetentionModel.ASPECT_TEMPLATE_BINDING, new JavaBehaviour(this, "getCopyCallback"));
        // EVERY_EVENT: the copy must be retained in the same transaction that creates it, and a bad binding must
        // fail that transaction rather than leave a document without retention.
        policyComponent.bindClassBehaviour(CopyServicePolicies.OnCopyCompletePolicy.QNAME,
                RetentionModel.ASPECT_TEMPLATE_BINDING,
                new JavaBehaviour(this, "onCopyComplete", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public CopyBehaviourCallback getCopyCallback(org.alfresco.service.namespace.QName classRef,
            CopyDetails copyDetails) {
        return TemplateBindingCopyCallback.INSTANCE;
    }

    @Override
    public void onCopyComplete(org.alfresco.service.namespace.QName classRef, NodeRef sourceNodeRef,
            NodeRef targetNodeRef, boolean copyToNewNode, Map<NodeRef, NodeRef> copyMap) {
        if (!nodeService.exists(sourceNodeRef) || !nodeService.exists(targetNodeRef)) {
            return;
        }
        Serializable code = nodeService.getProperty(sourceNodeRef, RetentionModel.PROP_BOUND_RETENTION_TYPE);
        Serializable name = nodeService.getProperty(sourceNodeRef, ContentModel.PROP_NAME);
        applier.applyFromTemplate(targetNodeRef, code == null ? null : code.toString(),
                name == null ? null : name.toString(), sourceNodeRef);
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
