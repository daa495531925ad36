package org.gdprretention.platform.copy;

import java.io.Serializable;
import java.util.Map;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.DefaultCopyBehaviourCallback;
import org.alfresco.service.namespace.QName;

/** The copy callback of an aspect that belongs to one node only: neither the aspect nor its properties are copied. */
public final class NotCopied extends DefaultCopyBehaviourCallback {

    public static final NotCopied INSTANCE = new NotCopied();

    private NotCopied() {
    }

    @Override
    public boolean getMustCopy(QName classQName, CopyDetails copyDetails) {
        return false;
    }

    @Override
    public Map<QName, Serializable> getCopyProperties(QName classQName, CopyDetails copyDetails,
            Map<QName, Serializable> properties) {
        return Map.of();
    }
}
