package org.gdprretention.platform.expiry;

import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.DefaultCopyBehaviourCallback;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.model.RetentionModel;

/**
 * {@code gdpr:retainable} goes with every copy, with {@code gdpr:originalCreated} set to when the source's content
 * was first created: the source's own {@code gdpr:originalCreated} if it is itself a copy, else its
 * {@code cm:created}. The value is granted to the target for this transaction ({@link CopyOrigins}), so the input
 * guard can tell this copy from a client writing the property.
 */
final class OriginalCreatedCopyCallback extends DefaultCopyBehaviourCallback {

    static final OriginalCreatedCopyCallback INSTANCE = new OriginalCreatedCopyCallback();

    private OriginalCreatedCopyCallback() {
    }

    @Override
    public Map<QName, Serializable> getCopyProperties(QName classQName, CopyDetails copyDetails,
            Map<QName, Serializable> properties) {
        Map<QName, Serializable> source = copyDetails.getSourceNodeProperties();
        Date created = CopyOrigins.earliest(source.get(RetentionModel.PROP_ORIGINAL_CREATED),
                source.get(ContentModel.PROP_CREATED));
        Map<QName, Serializable> copied = new HashMap<>(properties);
        copied.remove(RetentionModel.PROP_ORIGINAL_CREATED);
        if (created != null && copyDetails.getTargetNodeRef() != null) {
            copied.put(RetentionModel.PROP_ORIGINAL_CREATED, created);
            CopyOrigins.grant(copyDetails.getTargetNodeRef(), created);
        }
        return copied;
    }
}
