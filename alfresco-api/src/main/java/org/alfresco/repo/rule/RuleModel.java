package org.alfresco.repo.rule;

import org.alfresco.service.namespace.QName;

/** Compile-only copy of the ACS 26.3 signature (the members the add-on uses). */
public interface RuleModel {

    String RULE_MODEL_URI = "http://www.alfresco.org/model/rule/1.0";
    String RULE_MODEL_PREFIX = "rule";

    QName TYPE_RULE = QName.createQName(RULE_MODEL_URI, "rule");
    QName ASSOC_RULE_FOLDER = QName.createQName(RULE_MODEL_URI, "ruleFolder");
    QName ASSOC_ACTION = QName.createQName(RULE_MODEL_URI, "action");
}
