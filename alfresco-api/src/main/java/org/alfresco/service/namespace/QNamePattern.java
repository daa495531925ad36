package org.alfresco.service.namespace;

/** Compile-only copy of the ACS 26.3 signature: a predicate over qualified names. */
public interface QNamePattern {

    boolean isMatch(QName qname);
}
