package org.alfresco.repo.policy;

import java.util.Map;

/**
 * Compile-only copy of the ACS 26.3 signature. It keeps the notification frequency, because
 * the add-on's behaviour classes create {@link JavaBehaviour}s when they bind and tests check what was bound.
 */
public abstract class BaseBehaviour implements Behaviour {

    protected Behaviour.NotificationFrequency frequency;

    @SuppressWarnings("rawtypes")
    protected Map<Class, Object> proxies;

    public BaseBehaviour() {
        this(Behaviour.NotificationFrequency.EVERY_EVENT);
    }

    public BaseBehaviour(Behaviour.NotificationFrequency frequency) {
        this.frequency = frequency;
    }

    public void setNotificationFrequency(Behaviour.NotificationFrequency frequency) {
        this.frequency = frequency;
    }

    @Override
    public Behaviour.NotificationFrequency getNotificationFrequency() {
        return frequency;
    }

    /** ACS counts disabling per thread; the add-on uses the behaviour filter instead, so this is not modelled. */
    @Override
    public void disable() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public void enable() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public boolean isEnabled() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }
}
