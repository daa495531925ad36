package org.alfresco.repo.security.authentication;

import net.sf.acegisecurity.Authentication;
import net.sf.acegisecurity.GrantedAuthority;
import net.sf.acegisecurity.providers.UsernamePasswordAuthenticationToken;

/**
 * Compile-only copy of the ACS 26.3 signature, with the static helpers working on thread-locals so that tests
 * can set the calling user and run work as another user, as in ACS:
 * <ul>
 * <li>{@link #setFullyAuthenticatedUser} sets both the fully authenticated and the run-as user;</li>
 * <li>{@link #setRunAsUser} sets the run-as user, and the full user too when there is none;</li>
 * <li>{@link #runAs} runs the work as the given user and restores both afterwards; unchecked exceptions pass
 * unchanged and checked ones are wrapped.</li>
 * </ul>
 * Tenants, the security context's authorities and the admin/guest roles are not modelled.
 */
public class AuthenticationUtil {

    public static final String SYSTEM_USER_NAME = "System";

    private static final ThreadLocal<Authentication> FULL_AUTHENTICATION = new ThreadLocal<>();
    private static final ThreadLocal<Authentication> RUN_AS_AUTHENTICATION = new ThreadLocal<>();

    // What pushAuthentication saved, per thread, innermost last.
    private static final ThreadLocal<java.util.Deque<Authentication[]>> PUSHED =
            ThreadLocal.withInitial(java.util.ArrayDeque::new);

    private static volatile String defaultAdminUserName = "admin";

    public AuthenticationUtil() {
        // configured by Spring in ACS through setDefaultAdminUserName
    }

    public void setDefaultAdminUserName(String defaultAdminUserName) {
        AuthenticationUtil.defaultAdminUserName = defaultAdminUserName;
    }

    public static String getAdminUserName() {
        return defaultAdminUserName;
    }

    public static String getSystemUserName() {
        return SYSTEM_USER_NAME;
    }

    public static Authentication setFullyAuthenticatedUser(String userName) {
        Authentication authentication = authenticationFor(userName);
        FULL_AUTHENTICATION.set(authentication);
        RUN_AS_AUTHENTICATION.set(authentication);
        return authentication;
    }

    public static Authentication setRunAsUser(String userName) {
        Authentication authentication = authenticationFor(userName);
        if (FULL_AUTHENTICATION.get() == null) {
            FULL_AUTHENTICATION.set(authentication);
        }
        RUN_AS_AUTHENTICATION.set(authentication);
        return authentication;
    }

    public static Authentication setRunAsUserSystem() {
        return setRunAsUser(SYSTEM_USER_NAME);
    }

    /** The user who called, or null when nobody is authenticated. */
    public static String getFullyAuthenticatedUser() {
        return userOf(FULL_AUTHENTICATION.get());
    }

    /** The user the current work runs as, or null when nobody is authenticated. */
    public static String getRunAsUser() {
        return userOf(RUN_AS_AUTHENTICATION.get());
    }

    public static boolean isRunAsUserTheSystemUser() {
        return SYSTEM_USER_NAME.equals(getRunAsUser());
    }

    public static void clearCurrentSecurityContext() {
        FULL_AUTHENTICATION.remove();
        RUN_AS_AUTHENTICATION.remove();
    }

    /** Saves the current full and run-as authentication of this thread, for {@link #popAuthentication}. */
    public static void pushAuthentication() {
        PUSHED.get().push(new Authentication[] {FULL_AUTHENTICATION.get(), RUN_AS_AUTHENTICATION.get()});
    }

    /** Restores what the matching {@link #pushAuthentication} saved; as in ACS, popping with nothing pushed fails. */
    public static void popAuthentication() {
        java.util.Deque<Authentication[]> pushed = PUSHED.get();
        if (pushed.isEmpty()) {
            throw new java.util.EmptyStackException();
        }
        Authentication[] saved = pushed.pop();
        restore(FULL_AUTHENTICATION, saved[0]);
        restore(RUN_AS_AUTHENTICATION, saved[1]);
    }

    public static <R> R runAsSystem(RunAsWork<R> runAsWork) {
        return runAs(runAsWork, SYSTEM_USER_NAME);
    }

    public static <R> R runAs(RunAsWork<R> runAsWork, String uid) {
        Authentication originalFull = FULL_AUTHENTICATION.get();
        Authentication originalRunAs = RUN_AS_AUTHENTICATION.get();
        try {
            setRunAsUser(uid);
            return runAsWork.doWork();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new RuntimeException("Error during run as.", e);
        } finally {
            restore(FULL_AUTHENTICATION, originalFull);
            restore(RUN_AS_AUTHENTICATION, originalRunAs);
        }
    }

    private static Authentication authenticationFor(String userName) {
        if (userName == null) {
            throw new IllegalArgumentException("User name may not be null");
        }
        return new UsernamePasswordAuthenticationToken(userName, "", new GrantedAuthority[0]);
    }

    private static String userOf(Authentication authentication) {
        return authentication == null ? null : (String) authentication.getPrincipal();
    }

    private static void restore(ThreadLocal<Authentication> holder, Authentication original) {
        if (original == null) {
            holder.remove();
        } else {
            holder.set(original);
        }
    }

    /** Work to run as another user. */
    public interface RunAsWork<Result> {
        Result doWork() throws Exception;
    }
}
