package org.alfresco.repo.policy;

import org.alfresco.service.namespace.NamespaceService;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface Policy {

    String NAMESPACE = NamespaceService.ALFRESCO_URI;

    enum Arg {
        KEY, START_VALUE, END_VALUE
    }
}
