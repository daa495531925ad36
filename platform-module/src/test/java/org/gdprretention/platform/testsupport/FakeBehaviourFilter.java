package org.gdprretention.platform.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/**
 * ACS's behaviour filter, counted as ACS counts it: each disable needs its enable, per node and class, per class, or
 * for everything. {@link FakeRepository} asks it before it updates {@code cm:modified}/{@code cm:modifier}
 * ({@code cm:auditable}) or makes a version ({@code cm:versionable}) on a write.
 */
public final class FakeBehaviourFilter implements BehaviourFilter {

    private final Map<Object, Integer> disabled = new HashMap<>();
    private int allDisabled;

    private void change(Object key, int delta) {
        disabled.merge(key, delta, (a, b) -> a + b == 0 ? null : a + b);
    }

    @Override
    public void disableBehaviour() {
        allDisabled++;
    }

    @Override
    public void disableBehaviour(NodeRef nodeRef) {
        change(nodeRef, 1);
    }

    @Override
    public void disableBehaviour(NodeRef nodeRef, QName className) {
        change(Map.entry(nodeRef, className), 1);
    }

    @Override
    public void disableBehaviour(QName className) {
        change(className, 1);
    }

    @Override
    public void disableBehaviour(QName className, boolean includeSubClasses) {
        change(className, 1);
    }

    @Override
    public void enableBehaviour() {
        allDisabled--;
    }

    @Override
    public void enableBehaviour(NodeRef nodeRef) {
        change(nodeRef, -1);
    }

    @Override
    public void enableBehaviour(NodeRef nodeRef, QName className) {
        change(Map.entry(nodeRef, className), -1);
    }

    @Override
    public void enableBehaviour(QName className) {
        change(className, -1);
    }

    @Override
    public boolean isEnabled() {
        return allDisabled == 0;
    }

    @Override
    public boolean isEnabled(NodeRef nodeRef) {
        return isEnabled() && !disabled.containsKey(nodeRef);
    }

    @Override
    public boolean isEnabled(NodeRef nodeRef, QName className) {
        return isEnabled(nodeRef) && isEnabled(className) && !disabled.containsKey(Map.entry(nodeRef, className));
    }

    @Override
    public boolean isEnabled(QName className) {
        return isEnabled() && !disabled.containsKey(className);
    }

    /** Whether every disable has had its enable (a disable left behind would leak into the rest of a transaction). */
    public boolean allEnabled() {
        return allDisabled == 0 && disabled.isEmpty();
    }

    @Override
    public String toString() {
        return "disabled " + disabled + (allDisabled == 0 ? "" : ", all " + allDisabled) + Objects.toString("");
    }
}
