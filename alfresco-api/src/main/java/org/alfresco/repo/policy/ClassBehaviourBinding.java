package org.alfresco.repo.policy;

import org.alfresco.service.namespace.QName;

/** Compile-only copy of the ACS 26.3 signature; only the policy component creates bindings. */
public class ClassBehaviourBinding implements BehaviourBinding {

    ClassBehaviourBinding() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public QName getClassQName() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public BehaviourBinding generaliseBinding() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }
}
