package org.gdprretention.platform.expiry;

import java.io.Serializable;
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
 * A dossier folder's data subject or end of relationship changed: every retainable document below it is
 * recomputed (their start date or subject may come from the folder), in batches after the change commits.
 * A change of the properties of a retainable document carrying {@code gdpr:dataSubject} itself is recomputed by
 * {@link RetainableBehaviour}.
 *
 * <p>Adding the aspect with its properties in one call ({@code addAspect(node, gdpr:dataSubject, properties)}, as
 * Share's "manage aspects" followed by a form, CMIS or REST do) fires only {@code onAddAspect} in ACS, not
 * {@code onUpdateProperties}, so that is bound too: the dossier is recomputed, or a retainable document at once.
 */
public class DataSubjectBehaviour implements NodeServicePolicies.OnUpdatePropertiesPolicy,
        NodeServicePolicies.OnAddAspectPolicy, InitializingBean {

    static final Set<QName> DOSSIER_INPUTS = Set.of(RetentionModel.PROP_RELATIONSHIP_END,
            RetentionModel.PROP_DATA_SUBJECT_ID, RetentionModel.PROP_DATA_SUBJECT_EMAIL,
            RetentionModel.PROP_DATA_SUBJECT_NAME, RetentionModel.PROP_DATA_SUBJECT_LANGUAGE);

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private RecomputeScheduler recomputeScheduler;
    private RetentionApplier applier;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "recomputeScheduler", recomputeScheduler);
        PropertyCheck.mandatory(this, "applier", applier);
        // EVERY_EVENT sees each change with its exact before and after; the work itself waits for the commit.
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME,
                RetentionModel.ASPECT_DATA_SUBJECT,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnAddAspectPolicy.QNAME,
                RetentionModel.ASPECT_DATA_SUBJECT,
                new JavaBehaviour(this, "onAddAspect", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onAddAspect(NodeRef nodeRef, QName aspectTypeQName) {
        if (!nodeService.exists(nodeRef) || applier.isApplying(nodeRef)) {
            return;
        }
        if (nodeService.hasAspect(nodeRef, RetentionModel.ASPECT_RETAINABLE)) {
            applier.recompute(nodeRef);
        } else {
            recomputeScheduler.recomputeDossierAfterCommit(nodeRef);
        }
    }

    @Override
    public void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (!nodeService.exists(nodeRef) || nodeService.hasAspect(nodeRef, RetentionModel.ASPECT_RETAINABLE)) {
            return;
        }
        boolean changed = DOSSIER_INPUTS.stream().anyMatch(name -> !Objects.equals(before.get(name), after.get(name)));
        // A folder just created with its subject has no documents yet: nothing to recompute.
        if (changed && !before.isEmpty()) {
            recomputeScheduler.recomputeDossierAfterCommit(nodeRef);
        }
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setRecomputeScheduler(RecomputeScheduler recomputeScheduler) {
        this.recomputeScheduler = recomputeScheduler;
    }

    public void setApplier(RetentionApplier applier) {
        this.applier = applier;
    }
}
