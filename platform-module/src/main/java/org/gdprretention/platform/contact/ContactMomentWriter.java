package org.gdprretention.platform.contact;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.core.extension.ContactMoment;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * Records an engine {@link ContactMoment} as a {@code gdpr:contactMoment} child of its document, where Share shows
 * the document's history of requests, consents, decisions and holds. Written as the system user: the moment is the
 * repository's record, whoever's action it records ({@link ContactMomentGuard} keeps users from changing it).
 */
public class ContactMomentWriter implements InitializingBean {

    private NodeService nodeService;
    private RetentionStatusEvaluator statusEvaluator;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "statusEvaluator", statusEvaluator);
    }

    /** Creates the contact moment under {@code document}, which must have {@code gdpr:retainable}. */
    public NodeRef write(NodeRef document, ContactMoment moment) {
        ZoneId zone = statusEvaluator.calculator().zone();
        String name = name(moment);
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(ContentModel.PROP_NAME, name);
        properties.put(RetentionModel.PROP_MOMENT_KIND, moment.kind().name());
        properties.put(RetentionModel.PROP_MOMENT_CHANNEL, moment.channel().name());
        properties.put(RetentionModel.PROP_MOMENT_ACTOR, moment.actor());
        properties.put(RetentionModel.PROP_MOMENT_AT, Date.from(moment.at()));
        properties.put(RetentionModel.PROP_MOMENT_OLD_EXPIRY, RepositoryDates.toDate(moment.oldExpiry(), zone));
        properties.put(RetentionModel.PROP_MOMENT_NEW_EXPIRY, RepositoryDates.toDate(moment.newExpiry(), zone));
        properties.put(RetentionModel.PROP_MOMENT_NOTE, moment.note());
        return AuthenticationUtil.runAsSystem(() -> create(document, name, properties));
    }

    /**
     * Copies every contact moment of {@code source} onto {@code copy}, as the repository: the record of the
     * extensions the copy carries over. Each copy has the moment's record as {@link ContactMomentGuard} guards it
     * (its facts, name and title); ACS gives it its own auditable values.
     *
     * @return how many moments were copied
     */
    public int copyAll(NodeRef source, NodeRef copy) {
        return AuthenticationUtil.runAsSystem(() -> {
            int copied = 0;
            for (ChildAssociationRef child : nodeService.getChildAssocs(source,
                    Set.of(RetentionModel.TYPE_CONTACT_MOMENT))) {
                Map<QName, Serializable> properties = new HashMap<>();
                nodeService.getProperties(child.getChildRef()).forEach((name, value) -> {
                    if (ContactMomentGuard.isRecord(name)) {
                        properties.put(name, value);
                    }
                });
                Serializable name = properties.get(ContentModel.PROP_NAME);
                create(copy, name == null ? UUID.randomUUID().toString() : name.toString(), properties);
                copied++;
            }
            return copied;
        });
    }

    private NodeRef create(NodeRef document, String name, Map<QName, Serializable> properties) {
        return nodeService.createNode(document, RetentionModel.ASSOC_CONTACT_MOMENTS,
                QName.createQName(RetentionModel.NAMESPACE_URI, name), RetentionModel.TYPE_CONTACT_MOMENT, properties)
                .getChildRef();
    }

    // Readable in the node browser (kind and time) and unique: the association refuses two children of one name,
    // and two moments of one kind can share a millisecond.
    static String name(ContactMoment moment) {
        return moment.kind().name().toLowerCase(Locale.ROOT) + "-" + moment.at().toEpochMilli() + "-" + UUID.randomUUID();
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setStatusEvaluator(RetentionStatusEvaluator statusEvaluator) {
        this.statusEvaluator = statusEvaluator;
    }
}
