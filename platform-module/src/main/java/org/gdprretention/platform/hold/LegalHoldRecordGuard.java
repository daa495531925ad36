package org.gdprretention.platform.hold;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.guard.HandEditGuard;
import org.gdprretention.platform.guard.HandEditGuard.Blanks;
import org.gdprretention.platform.guard.HandEditGuard.Writer;
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
    private HandEditGuard guard;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        // The person, as HoldPermission judges: a rule's action runs as System for whoever triggered it.
        guard = new HandEditGuard(policyComponent, this, Writer.PERSON, PlacingHold::isPlacing);
        guard.bind(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, RetentionModel.ASPECT_LEGAL_HOLD,
                "onUpdateProperties");
    }

    // A blank reason is a value like any other here: the record is compared exactly as it was written.
    @Override
    public void onUpdateProperties(NodeRef node, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (guard.isModuleWrite(node) || !HandEditGuard.anySet(RECORD, before, Blanks.ARE_VALUES)
                || !HandEditGuard.anySet(RECORD, after, Blanks.ARE_VALUES)
                || HandEditGuard.changed(RECORD, before, after, Blanks.ARE_VALUES).isEmpty()) {
            return; // placed now, removed with the hold (LegalHoldRemovalGuard's to judge), or untouched
        }
        throw new AccessDeniedException(REFUSED + " (" + guard.writer() + " tried, on " + node + ")");
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }
}
