package org.gdprretention.platform.testsupport;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;

/**
 * ACS's public {@code AuthorityService} (the capitalised bean) answering from the users, administrators and group
 * memberships a test sets up, behind ACS's method security ({@link MethodSecurity}): an ordinary user calling an
 * admin-only method such as {@code getAuthoritiesForUser} gets {@code AccessDeniedException}, as in ACS; the system
 * user and administrators pass.
 */
public final class AcsAuthorities {

    private final Set<String> admins = new HashSet<>(Set.of("admin"));
    private final Map<String, Set<String>> groupsByUser = new HashMap<>();
    private final AuthorityService service;

    public AcsAuthorities() {
        AuthorityService directory = (AuthorityService) Proxy.newProxyInstance(
                AuthorityService.class.getClassLoader(), new Class<?>[] {AuthorityService.class},
                (proxy, method, args) -> invoke(method, args));
        // the administrators are looked up on every call, so that admin(...) after construction counts too
        this.service = MethodSecurity.forAdminsIn(admins).wrap(AuthorityService.class, directory);
    }

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
                default -> args[0] == this;
            };
        }
        return switch (method.getName()) {
            case "isAdminAuthority" -> admins.contains((String) args[0]);
            case "hasAdminAuthority" -> admins.contains(AuthenticationUtil.getRunAsUser());
            case "getContainingAuthorities" -> containing((AuthorityType) args[0], (String) args[1]);
            case "getAuthoritiesForUser" -> authoritiesFor((String) args[0]);
            default -> throw new UnsupportedOperationException("AcsAuthorities does not answer " + method.getName());
        };
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
}
