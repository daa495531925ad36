package org.alfresco.repo.policy;

/** Compile-only copy of the ACS 26.3 signature; only the policy component creates bindings. */
public class ClassFeatureBehaviourBinding extends ClassBehaviourBinding {

    ClassFeatureBehaviourBinding() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }
}
