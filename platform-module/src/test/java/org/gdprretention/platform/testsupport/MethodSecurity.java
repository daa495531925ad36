package org.gdprretention.platform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.gdprretention.platform.model.SharedReference;

/**
 * ACS's method-level security around a test double of a public service ({@code NodeService},
 * {@code AuthorityService}, ...): a call the current run-as user may not make throws ACS's
 * {@link AccessDeniedException}, as the capitalised beans of a live ACS do, instead of quietly answering.
 * The rules are ACS's own, from {@code method-security.tsv}; the decision follows {@code ACLEntryVoter} and
 * {@code RoleVoter}:
 * <ul>
 * <li>the system user passes every check;</li>
 * <li>{@code ACL_ALLOW} and {@code ROLE_AUTHENTICATED}: anyone authenticated; {@code ACL_DENY}: nobody;</li>
 * <li>{@code ACL_METHOD.ROLE_ADMINISTRATOR}: only the users this helper is told are administrators;</li>
 * <li>{@code ACL_NODE.<arg>.<permission>}: only when {@link NodePermissions} says the user has that permission
 * (e.g. {@code ReadProperties}) on the node argument (a {@code NodeRef}, the child of a
 * {@code ChildAssociationRef}, or each of a list); a null argument is not checked;</li>
 * <li>a method without a line of its own falls under its service's {@code *} line; a service marked
 * {@code ALWAYS_PROCEED} is not checked; {@code AFTER_ACL_*} result filtering is not modelled.</li>
 * </ul>
 * {@code ACL_ITEM} (the ownership check of a write) tests nothing unless the write changes {@code cm:owner}, as in
 * ACS. Rules this helper cannot decide (an ownership change, {@code ACL_PRI_CHILD_ASSOC_ON_CHILD}, {@code ACL_PARENT}
 * on a bare node, {@code CUSTOM}) fail loudly rather than let the call through.
 *
 * <p>Typical use, one line per service: {@code MethodSecurity.forAdmins("admin").wrap(AuthorityService.class,
 * authorityService)}. The wrapped mock still records every call that got through, for {@code verify}.
 */
public final class MethodSecurity {

    /** Whether a user holds an ACS permission (its name, e.g. {@code "ReadProperties"}) on a node. */
    @FunctionalInterface
    public interface NodePermissions {

        /** Nobody has any permission on any node: every node-checked call of an ordinary user is refused. */
        NodePermissions NONE = (user, node, permission) -> false;

        boolean has(String user, NodeRef node, String permission);

        /**
         * The answers of a {@link PermissionService} double (e.g. {@code InheritingPermissions}), which decides for
         * the user it was told is asking.
         */
        static NodePermissions from(PermissionService permissionService) {
            return (user, node, permission) -> permissionService.hasPermission(node, permission)
                    == AccessStatus.ALLOWED;
        }
    }

    private static final String ALWAYS_PROCEED = "ALWAYS_PROCEED";
    private static final String ACL_ALLOW = "ACL_ALLOW";
    private static final String ACL_DENY = "ACL_DENY";
    private static final String ACL_METHOD = "ACL_METHOD.";
    private static final String ACL_NODE = "ACL_NODE.";
    private static final String ACL_PARENT = "ACL_PARENT.";
    private static final String ACL_ITEM = "ACL_ITEM.";
    private static final String ROLE_ADMINISTRATOR = "ROLE_ADMINISTRATOR";
    private static final String ROLE_AUTHENTICATED = "ROLE_AUTHENTICATED";
    private static final String EVERY_METHOD = "*";

    private static Map<String, Map<String, String>> rules;

    private final Set<String> admins;
    private final NodePermissions permissions;

    private MethodSecurity(Set<String> admins, NodePermissions permissions) {
        this.admins = admins;
        this.permissions = permissions;
    }

    /** Method security in which these users are administrators and nobody has a permission on any node. */
    public static MethodSecurity forAdmins(String... admins) {
        return new MethodSecurity(Set.of(admins), NodePermissions.NONE);
    }

    /** Method security whose administrators are whoever is in {@code admins} at the time of each call. */
    public static MethodSecurity forAdminsIn(Set<String> admins) {
        return new MethodSecurity(java.util.Collections.unmodifiableSet(admins), NodePermissions.NONE);
    }

    /** The same administrators, with node permissions answered by {@code permissions}. */
    public MethodSecurity withNodePermissions(NodePermissions permissions) {
        return new MethodSecurity(admins, permissions);
    }

    /** {@code target} behind the method security ACS puts on the public bean of {@code service}. */
    public <T> T wrap(Class<T> service, T target) {
        return wrapAs(service.getName(), service, target);
    }

    /** For this helper's own tests: {@code target} checked against the rules of the named ACS service. */
    <T> T wrapAs(String acsService, Class<T> service, T target) {
        Map<String, String> serviceRules = rulesOf(acsService, service);
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() != Object.class) {
                check(acsService, serviceRules, method, args == null ? new Object[0] : args);
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service}, handler));
    }

    /** The configuration ACS applies to the method: its own line, else the service's {@code *} line, else none. */
    static String configOf(String acsService, String method) {
        Map<String, String> serviceRules = rules().get(acsService);
        if (serviceRules == null) {
            return null;
        }
        return serviceRules.getOrDefault(method, serviceRules.get(EVERY_METHOD));
    }

    private void check(String acsService, Map<String, String> serviceRules, Method method, Object[] args) {
        if (AuthenticationUtil.isRunAsUserTheSystemUser()) {
            return;
        }
        String config = serviceRules.getOrDefault(method.getName(), serviceRules.get(EVERY_METHOD));
        if (config == null) {
            return; // ACS intercepts only the methods its configuration names
        }
        String user = AuthenticationUtil.getRunAsUser();
        List<String> attributes = Arrays.stream(config.split(",")).map(String::trim).toList();
        if (attributes.contains(ALWAYS_PROCEED)) {
            return;
        }
        if (user == null || !(roleGrants(attributes, user) || aclGrants(attributes, user, method, args))) {
            throw new AccessDeniedException("Access Denied.  You do not have the appropriate permissions to perform"
                    + " this operation. (" + acsService + "." + method.getName() + " is " + config + "; run as '"
                    + user + "')");
        }
    }

    /** ACS's RoleVoter: a {@code ROLE_} attribute the user holds grants the call. */
    private boolean roleGrants(List<String> attributes, String user) {
        return attributes.contains(ROLE_AUTHENTICATED)
                || attributes.contains(ROLE_ADMINISTRATOR) && admins.contains(user);
    }

    /** ACS's ACLEntryVoter: the first ALLOW or DENY decides, any refused node denies, a method role must match. */
    private boolean aclGrants(List<String> attributes, String user, Method method, Object[] args) {
        Boolean methodEntry = null;
        boolean voted = false;
        for (String attribute : attributes) {
            if (!attribute.startsWith("ACL_")) {
                continue;
            }
            voted = true;
            if (attribute.equals(ACL_DENY)) {
                return false;
            } else if (attribute.equals(ACL_ALLOW)) {
                return true;
            } else if (attribute.startsWith(ACL_METHOD)) {
                methodEntry = Boolean.TRUE.equals(methodEntry) || holdsAuthority(user, attribute);
            } else if (attribute.startsWith(ACL_NODE)) {
                for (NodeRef node : nodesOf(argument(attribute, ACL_NODE, args), false, attribute)) {
                    if (!permissions.has(user, node, permissionOf(attribute))) {
                        return false;
                    }
                }
            } else if (attribute.startsWith(ACL_PARENT)) {
                for (NodeRef node : nodesOf(argument(attribute, ACL_PARENT, args), true, attribute)) {
                    if (!permissions.has(user, node, permissionOf(attribute))) {
                        return false;
                    }
                }
            } else if (attribute.startsWith(ACL_ITEM)) {
                // ACLEntryVoter checks the item only when the call changes cm:owner; otherwise it tests no node.
                if (changesOwner(args)) {
                    throw notModelled(attribute + " with a change of cm:owner", method);
                }
            } else {
                throw notModelled(attribute, method);
            }
        }
        // Nothing voted: every voter abstained, which ACS's decision manager refuses.
        return voted && (methodEntry == null || methodEntry);
    }

    private static boolean changesOwner(Object[] args) {
        for (int i = 1; i < Math.min(args.length, 3); i++) {
            if (args[i] instanceof Map<?, ?> properties && properties.containsKey(ContentModel.PROP_OWNER)) {
                return true;
            }
        }
        return args.length > 1 && ContentModel.PROP_OWNER.equals(args[1]);
    }

    private boolean holdsAuthority(String user, String attribute) {
        String authority = attribute.substring(ACL_METHOD.length());
        if (!authority.equals(ROLE_ADMINISTRATOR)) {
            throw new UnsupportedOperationException("MethodSecurity does not model authority " + authority);
        }
        return admins.contains(user) || authority.equals(user);
    }

    private static Object argument(String attribute, String prefix, Object[] args) {
        int index = Integer.parseInt(attribute.substring(prefix.length(), attribute.indexOf('.', prefix.length())));
        return args[index];
    }

    /** "ACL_NODE.0.sys:base.ReadProperties" needs "ReadProperties". */
    private static String permissionOf(String attribute) {
        return attribute.substring(attribute.lastIndexOf('.') + 1);
    }

    private static List<NodeRef> nodesOf(Object argument, boolean parent, String attribute) {
        List<NodeRef> nodes = new ArrayList<>();
        if (argument == null) {
            return nodes;
        }
        if (argument instanceof Collection<?> list) {
            list.forEach(element -> nodes.addAll(nodesOf(element, parent, attribute)));
        } else if (argument instanceof ChildAssociationRef assoc) {
            nodes.add(parent ? assoc.getParentRef() : assoc.getChildRef());
        } else if (argument instanceof NodeRef node && !parent) {
            nodes.add(node);
        } else {
            throw new UnsupportedOperationException("MethodSecurity cannot resolve the node of " + attribute
                    + " from a " + argument.getClass().getSimpleName() + "; run the call as system in the test");
        }
        return nodes;
    }

    private static UnsupportedOperationException notModelled(String attribute, Method method) {
        return new UnsupportedOperationException("MethodSecurity does not model " + attribute + " (on "
                + method.getName() + "); run the call as system in the test or extend the helper");
    }

    private static Map<String, String> rulesOf(String acsService, Class<?> service) {
        Map<String, String> serviceRules = rules().get(acsService);
        if (serviceRules == null) {
            serviceRules = rules().get("(bean " + service.getSimpleName() + ")");
        }
        if (serviceRules == null) {
            throw new IllegalArgumentException("method-security.tsv has no rules for " + acsService
                    + ": it is not a public service ACS checks");
        }
        return serviceRules;
    }

    private static synchronized Map<String, Map<String, String>> rules() {
        if (rules == null) {
            rules = load(SharedReference.alfrescoApiFile("method-security.tsv"));
        }
        return rules;
    }

    /** service (interface name, or "(bean Name)") → method name or "*" → comma-separated configuration. */
    private static Map<String, Map<String, String>> load(Path file) {
        Map<String, Map<String, String>> loaded = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] columns = line.split("\t");
                if (line.startsWith("#") || columns.length < 3 || columns[0].equals("interface")) {
                    continue;
                }
                loaded.computeIfAbsent(columns[0], service -> new HashMap<>()).put(columns[1], columns[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loaded;
    }
}
