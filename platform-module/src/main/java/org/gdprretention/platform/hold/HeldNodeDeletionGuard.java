package org.gdprretention.platform.hold;

import org.alfresco.model.ContentModel;
import org.alfresco.model.RenditionModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * A held node cannot be deleted: not the held document or folder itself, not a document below a held folder, not
 * into the trashcan and not out of it. ACS lets anyone with Delete permission do either, over Share, REST or CMIS,
 * unless a behaviour refuses. Deleting a folder announces every node below it first (leaf first), so a held
 * document anywhere below refuses the whole deletion. Lift the hold first.
 *
 * <p>Left alone: a document's renditions (ACS replaces them when the content changes) and working copies
 * (cancelling a check-out deletes one), neither is the held record; and the system user. The module's purge and
 * trashcan sweep never delete a held node themselves. ACS's own trashcan cleaner (module
 * {@code alfresco-trashcan-cleaner}, {@code trashcan-cleaner.*}) does not know holds: it deletes the oldest
 * archived nodes past {@code trashcan-cleaner.keepPeriod} one per transaction as the system user and catches
 * nothing, so a refusal here would end its run at the first held archived node and, that node staying first in its
 * oldest-first list, end every later run there too: the trashcan would no longer be emptied at all. Hence a held
 * archived node (a document deleted from a dossier before the dossier was held) is purged by that cleaner when it
 * runs. Administrators keep {@code trashcan-cleaner.cron} at its never-run default and use the module's trashcan
 * job instead; {@link AcsTrashcanCleanerCheck} warns at start-up when the cleaner is scheduled.
 */
public class HeldNodeDeletionGuard implements NodeServicePolicies.BeforeDeleteNodePolicy, InitializingBean {

    static final String REFUSED = "This item is on legal hold (or lies in a folder on legal hold) and cannot be"
            + " deleted; a GDPR officer must lift the hold first";

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private HeldAncestors heldAncestors;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        heldAncestors = new HeldAncestors(nodeService);
        JavaBehaviour behaviour = new JavaBehaviour(this, "beforeDeleteNode", NotificationFrequency.EVERY_EVENT);
        // held nodes themselves (documents and folders), and documents below a held folder
        policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME,
                RetentionModel.ASPECT_LEGAL_HOLD, behaviour);
        policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME,
                ContentModel.TYPE_CONTENT, behaviour);
    }

    @Override
    public void beforeDeleteNode(NodeRef node) {
        if (AuthenticationUtil.isRunAsUserTheSystemUser() || !nodeService.exists(node) || notTheRecord(node)) {
            return;
        }
        heldAncestors.holder(node).ifPresent(holder -> {
            throw new AccessDeniedException(REFUSED + (holder.equals(node) ? "" : " (held by " + holder + ")"));
        });
    }

    private boolean notTheRecord(NodeRef node) {
        return nodeService.hasAspect(node, RenditionModel.ASPECT_RENDITION)
                || nodeService.hasAspect(node, RenditionModel.ASPECT_RENDITION2)
                || nodeService.hasAspect(node, ContentModel.ASPECT_WORKING_COPY)
                || ContentModel.TYPE_THUMBNAIL.equals(nodeService.getType(node));
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }
}
