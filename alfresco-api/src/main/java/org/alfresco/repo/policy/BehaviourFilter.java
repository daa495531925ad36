package org.alfresco.repo.policy;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface BehaviourFilter {

    void disableBehaviour();

    void disableBehaviour(NodeRef nodeRef);

    void disableBehaviour(NodeRef nodeRef, QName className);

    void disableBehaviour(QName className);

    void disableBehaviour(QName className, boolean includeSubClasses);

    void enableBehaviour();

    void enableBehaviour(NodeRef nodeRef);

    void enableBehaviour(NodeRef nodeRef, QName className);

    void enableBehaviour(QName className);

    boolean isEnabled();

    boolean isEnabled(NodeRef nodeRef);

    boolean isEnabled(NodeRef nodeRef, QName className);

    boolean isEnabled(QName className);
}
