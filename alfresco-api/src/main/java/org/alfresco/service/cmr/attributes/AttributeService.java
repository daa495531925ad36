package org.alfresco.service.cmr.attributes;

import java.io.Serializable;

/**
 * Compile-only copy of the ACS 26.3 signature (the members the add-on uses): values under a key path of up to
 * three parts, in the repository database, reachable only from Java (no node, REST, search or script access).
 */
public interface AttributeService {

    boolean exists(Serializable... keys);

    Serializable getAttribute(Serializable... keys);

    /** Fails when the keys already have a value. */
    void createAttribute(Serializable value, Serializable... keys);

    void setAttribute(Serializable value, Serializable... keys);

    void removeAttribute(Serializable... keys);
}
