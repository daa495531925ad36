package org.gdprretention.platform.contact;

import java.util.Map;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * A copy of a retained document carries its original's granted extensions (it expires with the original), so it
 * carries their proof too: once ACS has completed the copy, the repository copies the original's contact moments
 * onto it. ACS itself does not copy them (the {@code gdpr:retainable} copy callback ignores the association): it
 * would create them as the user copying, which {@link ContactMomentGuard} refuses, failing a folder's "Copy to".
 * A check-in ({@code copyToNewNode} false) copies onto the original, which has its moments already.
 */
public class ContactMomentCopyBehaviour implements CopyServicePolicies.OnCopyCompletePolicy, InitializingBean {

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private ContactMomentWriter writer;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "writer", writer);
        policyComponent.bindClassBehaviour(CopyServicePolicies.OnCopyCompletePolicy.QNAME,
                RetentionModel.ASPECT_RETAINABLE, new JavaBehaviour(this, "onCopyComplete"));
    }

    // copyToNewNode false is a check-in (onto the original, which has its moments); a check-out's working copy gets
    // the moments like any copy (they go with it when it is checked in or cancelled); a copy from a template has no
    // gdpr:retainable source, so this behaviour is not called for it.
    @Override
    public void onCopyComplete(QName classRef, NodeRef sourceNodeRef, NodeRef targetNodeRef, boolean copyToNewNode, // acs-lint: ok: see above
            Map<NodeRef, NodeRef> copyMap) {
        if (copyToNewNode && nodeService.exists(targetNodeRef)
                && nodeService.hasAspect(targetNodeRef, RetentionModel.ASPECT_RETAINABLE)) {
            writer.copyAll(sourceNodeRef, targetNodeRef);
        }
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setWriter(ContactMomentWriter writer) {
        this.writer = writer;
    }
}
