package org.alfresco.repo.policy;

import org.alfresco.service.namespace.QName;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface BehaviourDefinition<B extends BehaviourBinding> {

    Behaviour getBehaviour();

    B getBinding();

    QName getPolicy();
}
