package org.gdprretention.platform.catalogue;

import java.io.Serializable;
import java.util.Map;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.catalogue.RetentionTypeChange;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.expiry.RecomputeScheduler;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * Guards the catalogue: a retention type definition that the engine refuses (bad code, period, trigger, category,
 * a code already in use, a changed code) fails the transaction that creates or edits it, with the engine's message.
 * An accepted change marks the catalogue changed in the same transaction (so every server reads it anew once it
 * commits) and, when it changes what documents store, recomputes the documents of that type after commit.
 */
public class RetentionTypeDefinitionBehaviour implements NodeServicePolicies.OnCreateNodePolicy,
        NodeServicePolicies.OnUpdatePropertiesPolicy, NodeServicePolicies.OnDeleteNodePolicy,
        NodeServicePolicies.OnMoveNodePolicy, InitializingBean {

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private RepositoryRetentionCatalogue catalogue;
    private RetentionTypeDefinitionMapper mapper;
    private RecomputeScheduler recomputeScheduler;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "catalogue", catalogue);
        PropertyCheck.mandatory(this, "mapper", mapper);
        PropertyCheck.mandatory(this, "recomputeScheduler", recomputeScheduler);
        // EVERY_EVENT: the check must throw inside the request that made the bad edit.
        QName type = RetentionModel.TYPE_RETENTION_TYPE_DEFINITION;
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnCreateNodePolicy.QNAME, type,
                new JavaBehaviour(this, "onCreateNode", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, type,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnDeleteNodePolicy.QNAME, type,
                new JavaBehaviour(this, "onDeleteNode", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnMoveNodePolicy.QNAME, type,
                new JavaBehaviour(this, "onMoveNode", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef) {
        NodeRef definition = childAssocRef.getChildRef();
        if (!nodeService.exists(definition)) {
            return;
        }
        requireInCatalogue(childAssocRef);
        catalogue.validate(definition);
        catalogue.markChanged();
    }

    /** A definition may move only within the catalogue (e.g. back from elsewhere), never out of it. */
    @Override
    public void onMoveNode(ChildAssociationRef oldChildAssocRef, ChildAssociationRef newChildAssocRef) {
        requireInCatalogue(newChildAssocRef);
        catalogue.validate(newChildAssocRef.getChildRef());
        catalogue.markChanged();
    }

    // A definition filed anywhere else (a site, a user's home) would be edited by whoever may write there, and
    // would look like part of the catalogue to anyone searching for definitions.
    private void requireInCatalogue(ChildAssociationRef assoc) {
        if (!catalogue.isDefinitionsFolder(assoc.getParentRef())) {
            throw new InvalidRetentionInputException("location", assoc.getParentRef(), "a retention type definition"
                    + " belongs in Data Dictionary/GDPR Retention/" + RetentionFolders.RETENTION_TYPES_NAME
                    + " and nowhere else");
        }
    }

    @Override
    public void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (!nodeService.exists(nodeRef)) {
            return;
        }
        RetentionType updated = catalogue.validate(nodeRef);
        // In this transaction, so the recomputation after commit (and every server) reads the new rules.
        catalogue.markChanged();
        // Creation also reports its properties as an update from nothing; onCreateNode covers it.
        if (!before.isEmpty()) {
            RetentionType previous = previous(before);
            if (previous != null) {
                refuseCodeChange(previous, updated);
                if (RetentionTypeChange.requiresRecompute(previous, updated)) {
                    recomputeScheduler.recomputeTypeAfterCommit(updated.code());
                }
            }
        }
    }

    @Override
    public void onDeleteNode(ChildAssociationRef childAssocRef, boolean isNodeArchived) {
        catalogue.markChanged();
    }

    // Documents refer to a type by its code; renaming it would silently unbind all of them.
    private static void refuseCodeChange(RetentionType previous, RetentionType updated) {
        if (!previous.code().equals(updated.code())) {
            throw new InvalidRetentionInputException("code", updated.code(), "the code of retention type "
                    + previous.code() + " cannot be changed: documents refer to it; create a new type instead");
        }
    }

    // A definition that was already invalid before this edit has no rules to compare with: nothing to recompute
    // from, as no document could be bound to it.
    private RetentionType previous(Map<QName, Serializable> before) {
        try {
            return mapper.toRetentionType(before);
        } catch (InvalidRetentionInputException e) {
            return null;
        }
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setCatalogue(RepositoryRetentionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void setMapper(RetentionTypeDefinitionMapper mapper) {
        this.mapper = mapper;
    }

    public void setRecomputeScheduler(RecomputeScheduler recomputeScheduler) {
        this.recomputeScheduler = recomputeScheduler;
    }
}
