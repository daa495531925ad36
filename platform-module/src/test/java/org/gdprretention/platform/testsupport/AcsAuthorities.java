package org.gdprretention.platform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.gdprretention.platform.model.SharedReference;

/**
 * ACS's public {@code AuthorityService} (the capitalised bean) with its method security: each call is checked
 * against ACS's own table ({@code method-security.tsv}) for the user the work runs as, so an ordinary user calling
 * an admin-only method such as {@code getAuthoritiesForUser} gets {@link AccessDeniedException}, as in ACS; the
 * system user and administrators pass. Users, administrators and group memberships are set up by the test.
 */
public final class AcsAuthorities {

    private static final String INTERFACE = AuthorityService.class.getName();

    private final Map<String, String> securityByMethod = readMethodSecurity();
    private final Set<String> admins = new HashSet<>(Set.of("admin"));
    private final Map<String, Set<String>> groupsByUser = new HashMap<>();
    private final AuthorityService service = (AuthorityService) Proxy.newProxyInstance(
            AuthorityService.class.getClassLoader(), new Class<?>[] {AuthorityService.class},
            (proxy, method, args) -> invoke(method, args));

    public AuthorityService service() {
        return service;
    }

    /** Makes {@code user} a member of {@code group} (full name, e.g. GROUP_GDPR_OFFICERS). */
    public AcsAuthorities member(String user, String group) {
        groupsByUser.computeIfAbsent(user, u -> new HashSet<>()).add(group);
        return this;
    }

    public AcsAuthorities admin(String user) {
        admins.add(user);
        return this;
    }

    private Object invoke(Method method, Object[] args) {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "toString" -> "AcsAuthorities";
                case "hashCode" -> System.identityHashCode(this);
                default -> service == args[0];
            };
        }
        checkMethodSecurity(method.getName());
        return switch (method.getName()) {
            case "isAdminAuthority" -> admins.contains((String) args[0]);
            case "hasAdminAuthority" -> admins.contains(AuthenticationUtil.getRunAsUser());
            case "getContainingAuthorities" -> containing((AuthorityType) args[0], (String) args[1]);
            case "getAuthoritiesForUser" -> authoritiesFor((String) args[0]);
            default -> throw new UnsupportedOperationException("AcsAuthorities does not answer " + method.getName());
        };
    }

    private void checkMethodSecurity(String method) {
        String config = securityByMethod.getOrDefault(method, securityByMethod.get("*"));
        String user = AuthenticationUtil.getRunAsUser();
        if (AuthenticationUtil.isRunAsUserTheSystemUser()) {
            return;
        }
        if (user == null) {
            throw new AccessDeniedException("Access Denied: nobody is authenticated to call " + method);
        }
        boolean adminOnly = config.contains("ACL_METHOD.ROLE_ADMINISTRATOR");
        boolean denied = config.contains("ACL_DENY");
        if (denied || adminOnly && !admins.contains(user)) {
            throw new AccessDeniedException("Access Denied: " + user + " may not call AuthorityService." + method);
        }
    }

    private Set<String> containing(AuthorityType type, String user) {
        Set<String> groups = groupsByUser.getOrDefault(user, Set.of());
        return type == null || type == AuthorityType.GROUP ? Set.copyOf(groups) : Set.of();
    }

    private Set<String> authoritiesFor(String user) {
        Set<String> authorities = new HashSet<>(groupsByUser.getOrDefault(user, Set.of()));
        authorities.add("GROUP_EVERYONE");
        if (admins.contains(user)) {
            authorities.add("ROLE_ADMINISTRATOR");
        }
        return authorities;
    }

    private static Map<String, String> readMethodSecurity() {
        Map<String, String> byMethod = new HashMap<>();
        try {
            for (String line : Files.readAllLines(SharedReference.alfrescoApiFile("method-security.tsv"))) {
                String[] columns = line.split("\t");
                if (columns.length >= 3 && columns[0].equals(INTERFACE)) {
                    byMethod.put(columns[1], columns[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!byMethod.containsKey("*")) {
            throw new IllegalStateException("method-security.tsv has no line for " + INTERFACE + " *");
        }
        return byMethod;
    }
}
