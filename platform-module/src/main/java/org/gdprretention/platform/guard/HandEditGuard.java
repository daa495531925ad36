package org.gdprretention.platform.guard;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.security.GdprOfficers;

/**
 * What the module's guards against editing its aspects by hand have in common. ACS lets anyone with Write add or
 * remove an aspect and set its properties (over CMIS, REST or a rule's action) unless a behaviour refuses. Such a
 * behaviour runs synchronously in the caller's transaction and as the caller, so a guard decides from the current
 * authentication and from a mark the module sets on the thread while it writes the node itself.
 *
 * <p>The guard that uses it (the {@code behaviour}) keeps its own decision (who else may, what it audits, its
 * refusal's words); this class binds its methods, tells the module's own writes from a person's, and finds which
 * protected properties a write changes.
 */
public final class HandEditGuard {

    /** Whose write a guard judges when code runs as the system user on behalf of someone. */
    public enum Writer {
        /**
         * The person behind the request: the fully authenticated user even under a rule's action running as the
         * system user; without one (a scheduled job) the run-as user. Only the system user with no person behind
         * it is the repository.
         */
        PERSON {
            @Override
            public String user() {
                return GdprOfficers.currentPerson();
            }

            @Override
            boolean isSystem() {
                return AuthenticationUtil.getSystemUserName().equals(user());
            }
        },
        /** The run-as user: whatever runs as the system user (a rule's action included) is the repository. */
        RUN_AS {
            @Override
            public String user() {
                return AuthenticationUtil.getRunAsUser();
            }

            @Override
            boolean isSystem() {
                return AuthenticationUtil.isRunAsUserTheSystemUser();
            }
        };

        /** The user this guard judges (and names in a refusal); null when nobody is authenticated. */
        public abstract String user();

        abstract boolean isSystem();
    }

    /** Whether a blank text or an empty list counts as a value of its own or as no value at all. */
    public enum Blanks {
        /** {@code ""} differs from no value: every difference counts. */
        ARE_VALUES,
        /** {@code ""}, {@code "  "} and an empty list are no value: clearing a blank one is no change. */
        ARE_UNSET;

        /** {@code value}, or null when it counts as no value. */
        public Serializable normalise(Serializable value) {
            if (this == ARE_UNSET && (value instanceof String text && text.isBlank()
                    || value instanceof Collection<?> list && list.isEmpty())) {
                return null;
            }
            return value;
        }
    }

    /**
     * The mark of a guard whose module writes carry none: they run as the system user (and so pass as the repository
     * under {@link Writer#RUN_AS}) or as a person the guard's own decision lets through.
     */
    public static final Predicate<NodeRef> UNMARKED = node -> false;

    private final PolicyComponent policyComponent;
    private final Object behaviour;
    private final Writer writer;
    private final Predicate<NodeRef> ownWrite;

    /**
     * @param behaviour the guard whose methods are bound
     * @param writer whose write is judged
     * @param ownWrite whether the module itself is writing the node on this thread right now (its
     *        {@link ModuleWriteMark}), or {@link #UNMARKED}
     */
    public HandEditGuard(PolicyComponent policyComponent, Object behaviour, Writer writer,
            Predicate<NodeRef> ownWrite) {
        this.policyComponent = Objects.requireNonNull(policyComponent, "policyComponent");
        this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.ownWrite = Objects.requireNonNull(ownWrite, "ownWrite");
    }

    /**
     * Binds {@code method} of the guard to {@code policy} for {@code modelClass} (an aspect or a type), EVERY_EVENT:
     * a refusal must fail the change itself, in the request that made it, not at some later point of the transaction.
     */
    public void bind(QName policy, QName modelClass, String method) {
        policyComponent.bindClassBehaviour(policy, modelClass,
                new JavaBehaviour(behaviour, method, NotificationFrequency.EVERY_EVENT));
    }

    /** Whether this write of {@code node} is the module's own: marked by the module, or the repository's. */
    public boolean isModuleWrite(NodeRef node) {
        return ownWrite.test(node) || writer.isSystem();
    }

    /** The user this guard judges (see {@link Writer}); null when nobody is authenticated. */
    public String writer() {
        return writer.user();
    }

    /**
     * The {@code names} whose value differs between {@code before} and {@code after} (a missing map counts as
     * empty), with blanks counted as {@code blanks} says.
     */
    public static Set<QName> changed(Collection<QName> names, Map<QName, Serializable> before,
            Map<QName, Serializable> after, Blanks blanks) {
        Map<QName, Serializable> was = before == null ? Map.of() : before;
        Map<QName, Serializable> is = after == null ? Map.of() : after;
        return names.stream()
                .filter(name -> !Objects.equals(blanks.normalise(was.get(name)), blanks.normalise(is.get(name))))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The properties of either side that {@code isProtected} selects and whose value differs, for a record whose
     * names are not a fixed list (every property of a namespace, say). A name missing on one side counts as no value.
     */
    public static Set<QName> changed(Predicate<QName> isProtected, Map<QName, Serializable> before,
            Map<QName, Serializable> after, Blanks blanks) {
        Set<QName> names = new HashSet<>();
        if (before != null) {
            names.addAll(before.keySet());
        }
        if (after != null) {
            names.addAll(after.keySet());
        }
        names.removeIf(isProtected.negate());
        return changed(names, before, after, blanks);
    }

    /** Whether one of {@code names} holds a value in {@code properties} (a missing map holds none). */
    public static boolean anySet(Collection<QName> names, Map<QName, Serializable> properties, Blanks blanks) {
        return properties != null && names.stream().anyMatch(name -> blanks.normalise(properties.get(name)) != null);
    }
}
