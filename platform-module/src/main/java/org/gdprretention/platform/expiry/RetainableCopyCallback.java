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
 * {@code gdpr:retainable} goes with every copy, and with it the original's retention record:
 * <ul>
 * <li>{@code gdpr:originalCreated} set to when the source's content was first created: the source's own
 * {@code gdpr:originalCreated} if it is itself a copy, else its {@code cm:created};</li>
 * <li>{@code gdpr:grantedExtensions} as the source has them, so that a copy expires with its original. Their proof,
 * the source's contact moments, is copied onto the copy by the repository ({@code ContactMomentCopyBehaviour}), not
 * by ACS: ACS would create the moments as the user copying, and only the repository writes moments.</li>
 * </ul>
 * Both values are granted to the target for this transaction ({@link CopyOrigins}), so the input guard can tell this
 * copy from a client writing the properties.
 */
final class RetainableCopyCallback extends DefaultCopyBehaviourCallback {

    static final RetainableCopyCallback INSTANCE = new RetainableCopyCallback();

    private RetainableCopyCallback() {
    }

    // A deep copy (a folder's "Copy to") would copy the moments as the user; ContactMomentGuard refuses that and the
    // whole copy fails. The repository copies them itself once the copy is complete.
    @Override
    public ChildAssocCopyAction getChildAssociationCopyAction(QName classQName, CopyDetails copyDetails,
            CopyChildAssociationDetails childAssocCopyDetails) {
        if (RetentionModel.ASSOC_CONTACT_MOMENTS.equals(childAssocCopyDetails.getChildAssocRef().getTypeQName())) {
            return ChildAssocCopyAction.IGNORE;
        }
        return super.getChildAssociationCopyAction(classQName, copyDetails, childAssocCopyDetails);
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
            CopyOrigins.grant(copyDetails.getTargetNodeRef(), RetentionModel.PROP_ORIGINAL_CREATED, created);
        }
        Serializable extensions = copied.get(RetentionModel.PROP_GRANTED_EXTENSIONS);
        if (extensions != null && copyDetails.getTargetNodeRef() != null) {
            CopyOrigins.grant(copyDetails.getTargetNodeRef(), RetentionModel.PROP_GRANTED_EXTENSIONS, extensions);
        }
        return copied;
    }
}
