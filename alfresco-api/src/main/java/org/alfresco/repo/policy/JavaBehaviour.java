package org.alfresco.repo.policy;

/**
 * Compile-only copy of the ACS 26.3 signature. Construction works and {@link #toString()} names the instance's
 * class and the method as ACS does, so that tests can tell which method a captured behaviour calls; ACS builds
 * the policy proxy in {@link #getInterface}, which throws here.
 */
public class JavaBehaviour extends BaseBehaviour {

    private final Object instance;
    private final String method;

    public JavaBehaviour(Object instance, String method) {
        this(instance, method, Behaviour.NotificationFrequency.EVERY_EVENT);
    }

    public JavaBehaviour(Object instance, String method, Behaviour.NotificationFrequency frequency) {
        super(frequency);
        if (instance == null || method == null || method.isEmpty()) {
            throw new IllegalArgumentException("A Java behaviour needs an instance and a method name");
        }
        this.instance = instance;
        this.method = method;
    }

    @Override
    public <T> T getInterface(Class<T> policy) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public String toString() {
        return "Java method[class=" + instance.getClass().getName() + ", method=" + method + "]";
    }
}
