package org.springframework.extensions.surf.util;

import org.springframework.context.ApplicationEvent;

/**
 * Compile-only copy of the Spring Surf signature (the members the module's wiring needs); ACS supplies the real
 * type, which also listens for the application context's events to call {@link #onBootstrap}.
 */
public abstract class AbstractLifecycleBean {

    protected abstract void onBootstrap(ApplicationEvent event);

    protected abstract void onShutdown(ApplicationEvent event);
}
