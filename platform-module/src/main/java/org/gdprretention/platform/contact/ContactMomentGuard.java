package org.gdprretention.platform.contact;

import java.io.Serializable;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.alfresco.util.transaction.TransactionListenerAdapter;
import org.gdprretention.platform.guard.HandEditGuard;
import org.gdprretention.platform.guard.HandEditGuard.Blanks;
import org.gdprretention.platform.guard.HandEditGuard.Writer;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * Contact moments are the record of every extension request, consent, decision and hold on a document: users read
 * them with the document, only the repository writes them. ACS would let anyone with Write on the document change
 * or delete them (also by removing {@code gdpr:retainable}, whose child association holds them), so this behaviour
 * refuses, for anyone but the system user:
 * <ul>
 * <li>a change to a moment's properties;</li>
 * <li>deleting a moment while its document stays. ACS announces a deletion leaf first (the moments before their
 * document), so the decision waits for the transaction's {@code beforeCommit}: a moment whose document is gone by
 * then went with it (deleting or purging the document itself is fine), any other refusal rolls the deletion back.</li>
 * </ul>
 */
public class ContactMomentGuard implements NodeServicePolicies.BeforeDeleteNodePolicy,
        NodeServicePolicies.OnUpdatePropertiesPolicy, InitializingBean {

    static final String REFUSED_CHANGE = "Contact moments are part of a document's retention record: only the"
            + " repository writes them";
    static final String REFUSED_DELETE = "Contact moments are part of a document's retention record: they go only"
            + " with their document";

    private static final String CONTENT_MODEL_URI = ContentModel.PROP_NAME.getNamespaceURI();

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private HandEditGuard guard;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        // The run-as user, no mark: the module writes moments as System inside the request of the person it records.
        guard = new HandEditGuard(policyComponent, this, Writer.RUN_AS, HandEditGuard.UNMARKED);
        guard.bind(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, RetentionModel.TYPE_CONTACT_MOMENT,
                "beforeDeleteNode");
        guard.bind(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, RetentionModel.TYPE_CONTACT_MOMENT,
                "onUpdateProperties");
    }

    @Override
    public void beforeDeleteNode(NodeRef moment) {
        if (guard.isModuleWrite(moment)) {
            return;
        }
        ChildAssociationRef parent = nodeService.getPrimaryParent(moment);
        NodeRef document = parent == null ? null : parent.getParentRef();
        String user = guard.writer();
        AlfrescoTransactionSupport.bindListener(new TransactionListenerAdapter() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (document != null && nodeService.exists(document)) {
                    throw new AccessDeniedException(REFUSED_DELETE + " (" + user + " tried to delete " + moment + ")");
                }
            }
        });
    }

    // A blank note is a value of its own: the record is compared exactly as the repository wrote it.
    @Override
    public void onUpdateProperties(NodeRef moment, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (guard.isModuleWrite(moment)
                || HandEditGuard.changed(ContactMomentGuard::isRecord, before, after, Blanks.ARE_VALUES).isEmpty()) {
            return;
        }
        throw new AccessDeniedException(REFUSED_CHANGE + " (" + guard.writer() + " tried to change " + moment + ")");
    }

    /** The moment's own facts and its name; ACS's bookkeeping properties (cm:modified, sys:...) do not count. */
    static boolean isRecord(QName name) {
        return RetentionModel.NAMESPACE_URI.equals(name.getNamespaceURI()) || ContentModel.PROP_NAME.equals(name)
                || CONTENT_MODEL_URI.equals(name.getNamespaceURI()) && "title".equals(name.getLocalName());
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }
}
