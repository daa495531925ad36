package org.alfresco.service.cmr.repository;

import java.io.Serializable;

import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.NamespacePrefixResolver;

/**
 * Compile-only copy of the ACS 26.3 signature. A path is only ever obtained from
 * {@link NodeService#getPath(NodeRef)}; unit tests mock it (Mockito mocks final classes).
 */
public final class Path implements Serializable {

    private static final long serialVersionUID = 1L;

    public Path() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public int size() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public String toDisplayPath(NodeService nodeService, PermissionService permissionService) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public String toPrefixString(NamespacePrefixResolver resolver) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }
}
