package org.alfresco.repo.action;

import org.alfresco.service.namespace.QName;

/** Compile-only copy of the ACS 26.3 signature (the members the add-on uses). */
public interface ActionModel {

    String ACTION_MODEL_URI = "http://www.alfresco.org/model/action/1.0";
    String ACTION_MODEL_PREFIX = "act";

    QName TYPE_ACTION = QName.createQName(ACTION_MODEL_URI, "action");
    QName TYPE_COMPOSITE_ACTION = QName.createQName(ACTION_MODEL_URI, "compositeaction");
    QName ASSOC_ACTIONS = QName.createQName(ACTION_MODEL_URI, "actions");
}
