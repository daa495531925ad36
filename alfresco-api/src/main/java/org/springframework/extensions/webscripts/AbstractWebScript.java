package org.springframework.extensions.webscripts;

/**
 * Compile-only copy of the Spring Web Scripts 10.2 signature of the base of Java-backed web scripts that write
 * their own response (such as a streamed CSV export). Surf's descriptor, container and template helpers are not
 * part of the stub.
 */
public abstract class AbstractWebScript implements WebScript {
}
