package org.gdprretention.platform.hold;

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
import org.springframework.beans.factory.InitializingBean;

/**
 * A hold's own record (reason, who placed it, since when) is written once, by {@link LegalHoldService#placeHold}, and
 * recorded as a contact moment and an audit entry. ACS would let anyone with Write rewrite those properties afterwards
 * (a property update over CMIS or REST), so that the document says something other than the proof. This behaviour
 * refuses any change to them on a held node, for everybody but the module placing the hold and the system user with no
 * person behind it. Removing the hold (which removes them) is {@link LegalHoldRemovalGuard}'s to judge.
 */
public class LegalHoldRecordGuard implements NodeServicePolicies.OnUpdatePropertiesPolicy, InitializingBean {

    static final String REFUSED = "A legal hold's reason, placer and date are its record: they are written once, when"
            + " the hold is placed with the action gdpr-set-legal-hold, and cannot be changed";

    private static final List<QName> RECORD = List.of(RetentionModel.PROP_HOLD_REASON, RetentionModel.PROP_HOLD_BY,
            RetentionModel.PROP_HOLD_SINCE);

    private PolicyComponent policyComponent;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME,
                RetentionModel.ASPECT_LEGAL_HOLD,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onUpdateProperties(NodeRef node, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (PlacingHold.isPlacing(node) || !hadRecord(before) || removed(after) || unchanged(before, after)) {
            return;
        }
        if (AuthenticationUtil.getSystemUserName().equals(HoldPermission.currentPerson())) {
            return;
        }
        throw new AccessDeniedException(REFUSED + " (" + HoldPermission.currentPerson() + " tried, on " + node + ")");
    }

    private static boolean hadRecord(Map<QName, Serializable> before) {
        return before != null && RECORD.stream().anyMatch(name -> before.get(name) != null);
    }

    private static boolean removed(Map<QName, Serializable> after) {
        return after == null || RECORD.stream().allMatch(name -> after.get(name) == null);
    }

    private static boolean unchanged(Map<QName, Serializable> before, Map<QName, Serializable> after) {
        return RECORD.stream().allMatch(name -> Objects.equals(before.get(name), after.get(name)));
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }
}
