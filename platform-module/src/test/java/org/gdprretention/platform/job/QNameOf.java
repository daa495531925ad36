package org.gdprretention.platform.job;

import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.model.RetentionModel;

/** The lock names the jobs are expected to use. */
final class QNameOf {

    private QNameOf() {
    }

    static QName job(String name) {
        return QName.createQName(RetentionModel.NAMESPACE_URI, "job." + name);
    }
}
