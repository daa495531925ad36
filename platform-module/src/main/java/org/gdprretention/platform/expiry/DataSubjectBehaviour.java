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
 * A retainable document carrying {@code gdpr:dataSubject} itself is recomputed by {@link RetainableBehaviour}.
 */
public class DataSubjectBehaviour implements NodeServicePolicies.OnUpdatePropertiesPolicy, InitializingBean {

    static final Set<QName> DOSSIER_INPUTS = Set.of(RetentionModel.PROP_RELATIONSHIP_END,
            RetentionModel.PROP_DATA_SUBJECT_ID, RetentionModel.PROP_DATA_SUBJECT_EMAIL,
            RetentionModel.PROP_DATA_SUBJECT_NAME);

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private RecomputeScheduler recomputeScheduler;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "recomputeScheduler", recomputeScheduler);
        // EVERY_EVENT sees each change with its exact before and after; the work itself waits for the commit.
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME,
                RetentionModel.ASPECT_DATA_SUBJECT,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
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
}
