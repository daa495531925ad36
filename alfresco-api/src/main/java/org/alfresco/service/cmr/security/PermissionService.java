package org.alfresco.service.cmr.security;

import org.alfresco.service.cmr.repository.NodeRef;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface PermissionService {

    String READ = "Read";

    String WRITE = "Write";

    String DELETE = "Delete";

    String READ_PROPERTIES = "ReadProperties";

    String WRITE_PROPERTIES = "WriteProperties";

    String READ_CONTENT = "ReadContent";

    String ALL_PERMISSIONS = "All";

    String ALL_AUTHORITIES = "GROUP_EVERYONE";

    String GROUP_PREFIX = "GROUP_";

    String ROLE_PREFIX = "ROLE_";

    String ADMINISTRATOR_AUTHORITY = "ROLE_ADMINISTRATOR";

    String CONSUMER = "Consumer";

    String COORDINATOR = "Coordinator";

    AccessStatus hasPermission(NodeRef nodeRef, String permission);

    AccessStatus hasReadPermission(NodeRef nodeRef);

    void setPermission(NodeRef nodeRef, String authority, String permission, boolean allow);

    void setInheritParentPermissions(NodeRef nodeRef, boolean inheritParentPermissions);

    boolean getInheritParentPermissions(NodeRef nodeRef);
}
