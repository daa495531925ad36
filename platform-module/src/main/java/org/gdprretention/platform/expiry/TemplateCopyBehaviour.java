package org.gdprretention.platform.expiry;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.coci.CheckOutCheckInServicePolicies;
import org.alfresco.repo.copy.CopyBehaviourCallback;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.alfresco.util.transaction.TransactionSupportUtil;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * Share's "create document from template" copies the template. When the template carries
 * {@code gdpr:templateBinding}, the copy gets the bound retention type, with the template recorded, instead of
 * the binding aspect itself.
 *
 * <p>ACS copies in more places than "create from template", and calls {@code onCopyComplete} for each of them:
 * check-out (the working copy is a new copy of the template), check-in (the working copy is copied back onto the
 * template, {@code copyToNewNode} false) and an administrator's "Copy to" inside Node Templates. None of those
 * makes a document: only a new copy that is not a working copy and lies outside Node Templates is retained.
 */
public class TemplateCopyBehaviour implements CopyServicePolicies.OnCopyNodePolicy,
        CopyServicePolicies.OnCopyCompletePolicy, CheckOutCheckInServicePolicies.BeforeCheckOut, InitializingBean {

    /** Transaction resource: the templates being checked out in this transaction. */
    static final String CHECKING_OUT = TemplateCopyBehaviour.class.getName() + ".checkingOut";

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private RetentionApplier applier;
    private NodeTemplatesFolder nodeTemplates;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "applier", applier);
        nodeTemplates = new NodeTemplatesFolder(nodeService);
        policyComponent.bindClassBehaviour(CopyServicePolicies.OnCopyNodePolicy.QNAME,
                RetentionModel.ASPECT_TEMPLATE_BINDING, new JavaBehaviour(this, "getCopyCallback"));
        // EVERY_EVENT: the copy must be retained in the same transaction that creates it, and a bad binding must
        // fail that transaction rather than leave a document without retention.
        policyComponent.bindClassBehaviour(CopyServicePolicies.OnCopyCompletePolicy.QNAME,
                RetentionModel.ASPECT_TEMPLATE_BINDING,
                new JavaBehaviour(this, "onCopyComplete", NotificationFrequency.EVERY_EVENT));
        // ACS marks the working copy (cm:workingcopy) only after the copy completes, so a check-out is recognised
        // before it starts.
        policyComponent.bindClassBehaviour(CheckOutCheckInServicePolicies.BeforeCheckOut.QNAME,
                RetentionModel.ASPECT_TEMPLATE_BINDING,
                new JavaBehaviour(this, "beforeCheckOut", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public CopyBehaviourCallback getCopyCallback(QName classRef, CopyDetails copyDetails) {
        return nodeTemplates.contains(copyDetails.getTargetParentNodeRef()) ? TemplateBindingCopyCallback.KEEP
                : TemplateBindingCopyCallback.DROP;
    }

    @Override
    public void beforeCheckOut(NodeRef nodeRef, NodeRef destinationParentNodeRef, QName destinationAssocTypeQName,
            QName destinationAssocQName) {
        Set<NodeRef> checkingOut = TransactionSupportUtil.getResource(CHECKING_OUT);
        if (checkingOut == null) {
            checkingOut = new HashSet<>();
            TransactionSupportUtil.bindResource(CHECKING_OUT, checkingOut);
        }
        checkingOut.add(nodeRef);
    }

    @Override
    public void onCopyComplete(QName classRef, NodeRef sourceNodeRef, NodeRef targetNodeRef, // acs-lint: ok, see below
            boolean copyToNewNode, Map<NodeRef, NodeRef> copyMap) {
        // Only a new copy outside Node Templates that is not a working copy is a document made from the template.
        if (!copyToNewNode || !nodeService.exists(sourceNodeRef) || !nodeService.exists(targetNodeRef)
                || isWorkingCopy(sourceNodeRef, targetNodeRef) || nodeTemplates.contains(targetNodeRef)) {
            return;
        }
        Serializable code = nodeService.getProperty(sourceNodeRef, RetentionModel.PROP_BOUND_RETENTION_TYPE);
        Serializable name = nodeService.getProperty(sourceNodeRef, ContentModel.PROP_NAME);
        applier.applyFromTemplate(targetNodeRef, code == null ? null : code.toString(),
                name == null ? null : name.toString(), sourceNodeRef);
    }

    private boolean isWorkingCopy(NodeRef source, NodeRef target) {
        if (nodeService.hasAspect(target, ContentModel.ASPECT_WORKING_COPY)) {
            return true;
        }
        // A check-out makes exactly one copy of its node: the mark is used up by it, so a document made from the
        // same template later in this transaction is still retained.
        Set<NodeRef> checkingOut = TransactionSupportUtil.getResource(CHECKING_OUT);
        return checkingOut != null && checkingOut.remove(source);
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
