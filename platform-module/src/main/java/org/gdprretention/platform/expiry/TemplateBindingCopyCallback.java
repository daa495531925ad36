package org.gdprretention.platform.expiry;

import java.io.Serializable;
import java.util.Map;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.DefaultCopyBehaviourCallback;
import org.alfresco.service.namespace.QName;

/**
 * Keeps {@code gdpr:templateBinding} off a copy: a document made from a template is retained under the bound
 * type, it does not itself become a template that binds documents.
 */
final class TemplateBindingCopyCallback extends DefaultCopyBehaviourCallback {

    static final TemplateBindingCopyCallback INSTANCE = new TemplateBindingCopyCallback();

    private TemplateBindingCopyCallback() {
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
