package org.gdprretention.platform.extension;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.security.GdprOfficers;
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

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        // EVERY_EVENT: the refusal must fail the change itself.
        policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeAddAspectPolicy.QNAME,
                RetentionModel.ASPECT_EXTENSION_REQUEST,
                new JavaBehaviour(this, "beforeAddAspect", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeRemoveAspectPolicy.QNAME,
                RetentionModel.ASPECT_EXTENSION_REQUEST,
                new JavaBehaviour(this, "beforeRemoveAspect", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME,
                RetentionModel.ASPECT_EXTENSION_REQUEST,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
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
        for (QName property : PROPERTIES) {
            if (!Objects.equals(before.get(property), after.get(property))) {
                check(nodeRef);
                return;
            }
        }
    }

    private static void check(NodeRef nodeRef) {
        if (PendingRequestStore.isWriting(nodeRef)
                || AuthenticationUtil.getSystemUserName().equals(GdprOfficers.currentPerson())) {
            return;
        }
        throw new AccessDeniedException(REFUSAL + " (" + nodeRef + ", " + GdprOfficers.currentPerson() + ")");
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }
}
