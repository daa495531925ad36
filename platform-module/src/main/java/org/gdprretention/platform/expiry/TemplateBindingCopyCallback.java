package org.gdprretention.platform.expiry;

import java.io.Serializable;
import java.util.Map;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.DefaultCopyBehaviourCallback;
import org.alfresco.service.namespace.QName;

/**
 * Whether {@code gdpr:templateBinding} goes with a copy. A document made from a template is retained under the
 * bound type, it does not itself become a template that binds documents ({@link #DROP}); a copy made inside Node
 * Templates is another template and keeps its binding ({@link #KEEP}), or documents made from it would get none.
 */
final class TemplateBindingCopyCallback extends DefaultCopyBehaviourCallback {

    static final TemplateBindingCopyCallback DROP = new TemplateBindingCopyCallback(false);
    static final TemplateBindingCopyCallback KEEP = new TemplateBindingCopyCallback(true);

    private final boolean copyBinding;

    private TemplateBindingCopyCallback(boolean copyBinding) {
        this.copyBinding = copyBinding;
    }

    @Override
    public boolean getMustCopy(QName classQName, CopyDetails copyDetails) {
        return copyBinding;
    }

    @Override
    public Map<QName, Serializable> getCopyProperties(QName classQName, CopyDetails copyDetails,
            Map<QName, Serializable> properties) {
        return copyBinding ? properties : Map.of();
    }
}
