package org.alfresco.repo.policy;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface Behaviour {

    void disable();

    void enable();

    <T> T getInterface(Class<T> policy);

    Behaviour.NotificationFrequency getNotificationFrequency();

    boolean isEnabled();

    enum NotificationFrequency {
        EVERY_EVENT, FIRST_EVENT, TRANSACTION_COMMIT
    }
}
