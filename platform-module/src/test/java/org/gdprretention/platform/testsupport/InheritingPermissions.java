package org.gdprretention.platform.testsupport;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;

/**
 * A {@link PermissionService} that evaluates access as ACS does for the cases the module relies on: a node's
 * permissions are its own entries plus, while it inherits (the default), those of its primary parent, up to the
 * store root; an administrator may do anything; an authority counts when the user is it or is in it. Roles are
 * reduced to what the tests ask: {@code Consumer} and above grant {@code Read}, {@code Collaborator},
 * {@code Coordinator} and {@code All} grant {@code Write} too, only {@code Coordinator} and {@code All} grant
 * {@code Delete}; {@code Read} and {@code Write} include their parts ({@code ReadProperties}, {@code WriteProperties},
 * ...), as ACS's permission groups do.
 *
 * <p>The user asking is the one {@link #actAs} named, with the authorities (groups) given there; the parent of a node
 * comes from the repository double's {@code getPrimaryParent}.
 */
public final class InheritingPermissions implements PermissionService {

    private static final Set<String> READ_ROLES = Set.of("Consumer", "Contributor", "Editor", "Collaborator",
            "Coordinator", ALL_PERMISSIONS, READ);
    private static final Set<String> WRITE_ROLES = Set.of("Editor", "Collaborator", "Coordinator", ALL_PERMISSIONS,
            WRITE);
    /** As ACS's permission model groups them: Read is ReadProperties, ReadChildren and ReadContent. */
    private static final Set<String> READ_GROUP = Set.of(READ, "ReadProperties", "ReadChildren", "ReadContent");
    /** Write is WriteProperties and WriteContent. */
    private static final Set<String> WRITE_GROUP = Set.of(WRITE, "WriteProperties", "WriteContent");
    /** In ACS only the Coordinator role deletes what others made (an owner's own rights are not modelled). */
    private static final Set<String> DELETE_ROLES = Set.of("Coordinator", ALL_PERMISSIONS, DELETE);

    private final Function<NodeRef, ChildAssociationRef> primaryParent;
    private final Map<NodeRef, Map<String, Set<String>>> entries = new HashMap<>();
    private final Set<NodeRef> notInheriting = new HashSet<>();
    private Set<String> authorities = Set.of();
    private boolean administrator;

    public InheritingPermissions(FakeRepository repository) {
        this(node -> repository.nodeService().getPrimaryParent(node));
    }

    public InheritingPermissions(Function<NodeRef, ChildAssociationRef> primaryParent) {
        this.primaryParent = primaryParent;
    }

    /** From now on the questions are asked for {@code user}, a member of {@code groups} (and of GROUP_EVERYONE). */
    public InheritingPermissions actAs(String user, String... groups) {
        Set<String> all = new HashSet<>(Set.of(groups));
        all.add(user);
        all.add(ALL_AUTHORITIES);
        this.authorities = all;
        this.administrator = false;
        return this;
    }

    /** From now on the questions are asked for an administrator, who passes every check. */
    public InheritingPermissions actAsAdministrator() {
        this.authorities = Set.of(ALL_AUTHORITIES);
        this.administrator = true;
        return this;
    }

    @Override
    public AccessStatus hasPermission(NodeRef nodeRef, String permission) {
        if (administrator) {
            return AccessStatus.ALLOWED;
        }
        Set<String> granting = READ_GROUP.contains(permission) ? READ_ROLES
                : WRITE_GROUP.contains(permission) ? WRITE_ROLES
                : DELETE.equals(permission) ? DELETE_ROLES : Set.of(permission, ALL_PERMISSIONS);
        for (NodeRef node = nodeRef; node != null; node = inheritsFrom(node)) {
            for (Map.Entry<String, Set<String>> entry : entries.getOrDefault(node, Map.of()).entrySet()) {
                if (authorities.contains(entry.getKey()) && entry.getValue().stream().anyMatch(granting::contains)) {
                    return AccessStatus.ALLOWED;
                }
            }
        }
        return AccessStatus.DENIED;
    }

    private NodeRef inheritsFrom(NodeRef node) {
        if (notInheriting.contains(node)) {
            return null;
        }
        ChildAssociationRef parent = primaryParent.apply(node);
        return parent == null ? null : parent.getParentRef();
    }

    @Override
    public AccessStatus hasReadPermission(NodeRef nodeRef) {
        return hasPermission(nodeRef, READ);
    }

    @Override
    public void setPermission(NodeRef nodeRef, String authority, String permission, boolean allow) {
        if (!allow) {
            throw new UnsupportedOperationException("deny entries are not modelled");
        }
        entries.computeIfAbsent(nodeRef, n -> new HashMap<>()).computeIfAbsent(authority, a -> new HashSet<>())
                .add(permission);
    }

    @Override
    public void setInheritParentPermissions(NodeRef nodeRef, boolean inheritParentPermissions) {
        if (inheritParentPermissions) {
            notInheriting.remove(nodeRef);
        } else {
            notInheriting.add(nodeRef);
        }
    }

    @Override
    public boolean getInheritParentPermissions(NodeRef nodeRef) {
        return !notInheriting.contains(nodeRef);
    }

    /** The permissions set on the node itself, by authority. */
    public Map<String, Set<String>> setOn(NodeRef nodeRef) {
        return entries.getOrDefault(nodeRef, Map.of());
    }
}
