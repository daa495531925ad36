package org.gdprretention.platform.expiry;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mockStatic;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.coci.CheckOutCheckInServicePolicies;
import org.alfresco.repo.copy.CopyBehaviourCallback;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.transaction.TransactionSupportUtil;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

/**
 * ACS's copy and check-out/check-in, as far as the add-on's behaviours see them (read in {@code CopyServiceImpl},
 * {@code CheckOutCheckInServiceImpl} and {@code DbNodeServiceImpl}, ACS 26.3):
 * <ul>
 * <li>a copy asks each source aspect's {@code getCopyCallback} whether it goes with the copy and with which
 * properties ({@link CopyDetails#getTargetNodeRef()} is already the copy's reference), creates the node with its
 * type's properties, then adds each copied aspect with its properties ({@code addAspect}: {@code onAddAspect} for
 * the new aspect), then calls {@code onCopyComplete} once for the source's type and once per source aspect,
 * copied or not, with {@code copyToNewNode} true;</li>
 * <li>the copy is a new node: its {@code cm:auditable} values are its own ({@code cm:created} is when the copy was
 * made, see {@link #at}), not the source's;</li>
 * <li>check-out calls {@code beforeCheckOut} on the node's classes, copies the node (same copy as above) and only
 * then adds {@code cm:workingcopy} to the copy and {@code cm:checkedOut} to the original;</li>
 * <li>check-in copies the working copy onto the original ({@code copyToNewNode} false): {@code addAspect} of an
 * aspect the original already has only sets its properties, which ACS reports as {@code onUpdateProperties} to the
 * behaviours of the node's classes; the original keeps its own {@code cm:auditable} values and aspects the working
 * copy lacks.</li>
 * </ul>
 * Each operation runs in its own transaction, whose resources ({@link TransactionSupportUtil#getResource}) live
 * until it ends. Behaviours are dispatched as they bound themselves with the policy component (a Mockito mock).
 */
final class AcsCopies implements AutoCloseable {

    /** The properties of each aspect the double copies selectively. */
    private static final Map<QName, Set<QName>> ASPECT_PROPERTIES = Map.of(
            RetentionModel.ASPECT_TEMPLATE_BINDING, Set.of(RetentionModel.PROP_BOUND_RETENTION_TYPE),
            RetentionModel.ASPECT_RETAINABLE, Set.of(RetentionModel.PROP_RETENTION_TYPE,
                    RetentionModel.PROP_RETENTION_START, RetentionModel.PROP_EXPIRY_DATE, RetentionModel.PROP_STATUS,
                    RetentionModel.PROP_CATEGORY, RetentionModel.PROP_TEMPLATE, RetentionModel.PROP_TEMPLATE_REF,
                    RetentionModel.PROP_EXTENSION_COUNT, RetentionModel.PROP_GRANTED_EXTENSIONS,
                    RetentionModel.PROP_COMPUTED_RULES, RetentionModel.PROP_ORIGINAL_CREATED,
                    RetentionModel.PROP_SUBJECT_ID, RetentionModel.PROP_SUBJECT_EMAIL,
                    RetentionModel.PROP_SUBJECT_NAME),
            ContentModel.ASPECT_WORKING_COPY, Set.of(ContentModel.PROP_WORKING_COPY_OWNER),
            ContentModel.ASPECT_CHECKED_OUT, Set.of());

    /** ACS's own callbacks (WorkingCopyAspect, CheckedOutAspect) never copy these. */
    private static final Set<QName> NEVER_COPIED = Set.of(ContentModel.ASPECT_WORKING_COPY,
            ContentModel.ASPECT_CHECKED_OUT);

    /** A node's own, set by the node DAO when it is created; a copy never takes the source's. */
    private static final Set<QName> AUDITABLE = Set.of(ContentModel.PROP_CREATED, ContentModel.PROP_CREATOR,
            ContentModel.PROP_MODIFIED, ContentModel.PROP_MODIFIER);

    private final FakeRepository repository;
    private final List<Binding> bindings = new ArrayList<>();
    private final Map<Object, Object> transactionResources = new HashMap<>();
    private final MockedStatic<TransactionSupportUtil> transactions;
    private Instant now = RetentionFixture.NOW;
    private boolean joined;

    /** {@code behaviours}: the objects whose {@code afterPropertiesSet} bound them with {@code policyComponent}. */
    AcsCopies(FakeRepository repository, PolicyComponent policyComponent, Object... behaviours) {
        this.repository = repository;
        Mockito.mockingDetails(policyComponent).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("bindClassBehaviour"))
                .forEach(i -> bindings.add(new Binding(i.getArgument(0), i.getArgument(1),
                        target(i.getArgument(2), behaviours), field(i.getArgument(2), "method").toString())));
        transactions = mockStatic(TransactionSupportUtil.class);
        transactions.when(() -> TransactionSupportUtil.getResource(any()))
                .thenAnswer(a -> transactionResources.get(a.getArgument(0)));
        transactions.when(() -> TransactionSupportUtil.bindResource(any(), any()))
                .thenAnswer(a -> transactionResources.put(a.getArgument(0), a.getArgument(1)));
    }

    /** The time copies made from now on are created at. */
    AcsCopies at(Instant time) {
        this.now = time;
        return this;
    }

    /** {@code CopyService.copy(source, parent, ...)}: a new node under {@code parent}. */
    NodeRef copy(NodeRef source, NodeRef parent) {
        beginTransaction();
        return copyToNewNode(source, parent);
    }

    /** {@code CheckOutCheckInService.checkout(node, destination, ...)}: the working copy. */
    NodeRef checkout(NodeRef node, NodeRef destination) {
        beginTransaction();
        for (QName type : classes(node)) {
            invoke(CheckOutCheckInServicePolicies.BeforeCheckOut.QNAME, type, node, destination,
                    ContentModel.ASSOC_CONTAINS, null);
        }
        NodeRef workingCopy = copyToNewNode(node, destination);
        repository.addAspect(workingCopy, ContentModel.ASPECT_WORKING_COPY,
                Map.of(ContentModel.PROP_WORKING_COPY_OWNER, "editor"));
        repository.addAspect(node, ContentModel.ASPECT_CHECKED_OUT, Map.of());
        return workingCopy;
    }

    /** {@code CheckOutCheckInService.checkin(workingCopy, ...)}: the working copy copied back onto the original. */
    void checkin(NodeRef workingCopy, NodeRef original) {
        beginTransaction();
        CopyDetails details = details(workingCopy, repository.nodeService().getPrimaryParent(original).getParentRef(),
                original, false);
        Map<QName, Map<QName, Serializable>> byClass = copiedProperties(details);
        setProperties(original, byClass.remove(details.getSourceNodeTypeQName()));
        byClass.forEach((aspect, values) -> addAspect(original, aspect, values));
        invokeCopyComplete(workingCopy, original, false);
        repository.delete(workingCopy);
        repository.nodeService().removeAspect(original, ContentModel.ASPECT_CHECKED_OUT);
    }

    /** Runs {@code work}'s operations in one transaction, as a script or a rule that does several would. */
    void inOneTransaction(Runnable work) {
        beginTransaction();
        joined = true;
        try {
            work.run();
        } finally {
            joined = false;
        }
    }

    private void beginTransaction() {
        if (!joined) {
            transactionResources.clear();
        }
    }

    @Override
    public void close() {
        transactions.close();
    }

    private NodeRef copyToNewNode(NodeRef source, NodeRef parent) {
        NodeRef target = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, UUID.randomUUID().toString());
        CopyDetails details = details(source, parent, target, true);
        Map<QName, Map<QName, Serializable>> byClass = copiedProperties(details);
        Map<QName, Serializable> own = new HashMap<>(byClass.remove(details.getSourceNodeTypeQName()));
        own.put(ContentModel.PROP_CREATED, Date.from(now));
        own.put(ContentModel.PROP_CREATOR, AuthenticationUtil.getRunAsUser());
        repository.add(target, repository.type(source), parent, own);
        byClass.forEach((aspect, values) -> addAspect(target, aspect, values));
        invokeCopyComplete(source, target, true);
        return target;
    }

    private CopyDetails details(NodeRef source, NodeRef parent, NodeRef target, boolean targetIsNew) {
        return new CopyDetails(source, repository.type(source), repository.aspects(source),
                repository.properties(source), parent, target, targetIsNew, ContentModel.ASSOC_CONTAINS,
                QName.createQName(ContentModel.TYPE_CONTENT.getNamespaceURI(), "copy"));
    }

    // Per class that goes with the copy (the type first), the properties it copies; the type takes what no aspect
    // claims, less the node's own cm:auditable values.
    private Map<QName, Map<QName, Serializable>> copiedProperties(CopyDetails details) {
        Map<QName, Serializable> typeProperties = new HashMap<>(details.getSourceNodeProperties());
        AUDITABLE.forEach(typeProperties::remove);
        Map<QName, Map<QName, Serializable>> byClass = new LinkedHashMap<>();
        byClass.put(details.getSourceNodeTypeQName(), typeProperties);
        for (QName aspect : details.getSourceNodeAspectQNames()) {
            Map<QName, Serializable> values = new HashMap<>();
            ASPECT_PROPERTIES.getOrDefault(aspect, Set.of()).forEach(p -> {
                Serializable value = typeProperties.remove(p);
                if (value != null) {
                    values.put(p, value);
                }
            });
            if (mustCopy(aspect, details)) {
                CopyBehaviourCallback callback = callback(aspect, details);
                byClass.put(aspect, callback == null ? values
                        : new HashMap<>(callback.getCopyProperties(aspect, details, values)));
            }
        }
        return byClass;
    }

    // NodeService.addAspect as DbNodeServiceImpl: the properties are set (reported as an update to the behaviours
    // of the classes the node has), then a new aspect is reported as added.
    private void addAspect(NodeRef node, QName aspect, Map<QName, Serializable> values) {
        boolean isNew = !repository.hasAspect(node, aspect);
        if (isNew) {
            invokeEach(NodeServicePolicies.BeforeAddAspectPolicy.QNAME, classes(node), node, aspect);
        }
        setProperties(node, values);
        if (isNew) {
            repository.addAspect(node, aspect, Map.of());
            invoke(NodeServicePolicies.OnAddAspectPolicy.QNAME, aspect, node, aspect);
        }
    }

    private void setProperties(NodeRef node, Map<QName, Serializable> values) {
        Map<QName, Serializable> before = new HashMap<>(repository.properties(node));
        repository.properties(node).putAll(values);
        Map<QName, Serializable> after = new HashMap<>(repository.properties(node));
        if (!before.equals(after)) {
            invokeEach(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, classes(node), node, before, after);
        }
    }

    private boolean mustCopy(QName aspect, CopyDetails details) {
        if (NEVER_COPIED.contains(aspect)) {
            return false;
        }
        CopyBehaviourCallback callback = callback(aspect, details);
        return callback == null || callback.getMustCopy(aspect, details);
    }

    private CopyBehaviourCallback callback(QName aspect, CopyDetails details) {
        List<Object> answers = invoke(CopyServicePolicies.OnCopyNodePolicy.QNAME, aspect, aspect, details);
        return answers.isEmpty() ? null : (CopyBehaviourCallback) answers.get(0);
    }

    private void invokeCopyComplete(NodeRef source, NodeRef target, boolean copyToNewNode) {
        Map<NodeRef, NodeRef> copyMap = new LinkedHashMap<>(Map.of(source, target));
        for (QName type : classes(source)) {
            invoke(CopyServicePolicies.OnCopyCompletePolicy.QNAME, type, type, source, target, copyToNewNode, copyMap);
        }
    }

    private List<QName> classes(NodeRef node) {
        List<QName> classes = new ArrayList<>();
        classes.add(repository.type(node));
        classes.addAll(repository.aspects(node));
        return classes;
    }

    // One call per behaviour bound to any of the classes, as ACS's policy delegate for a node's classes does.
    private void invokeEach(QName policy, List<QName> classes, Object... arguments) {
        Set<Binding> matching = new LinkedHashSet<>();
        bindings.stream().filter(b -> b.policy.equals(policy) && classes.contains(b.classQName))
                .forEach(matching::add);
        matching.forEach(b -> b.call(arguments));
    }

    private List<Object> invoke(QName policy, QName classQName, Object... arguments) {
        List<Object> answers = new ArrayList<>();
        for (Binding binding : bindings) {
            if (binding.policy.equals(policy) && binding.classQName.equals(classQName)) {
                answers.add(binding.call(arguments));
            }
        }
        answers.removeIf(Objects::isNull);
        return answers;
    }

    private static Object target(JavaBehaviour behaviour, Object[] behaviours) {
        Object instance = field(behaviour, "instance");
        if (Arrays.stream(behaviours).noneMatch(b -> b == instance)) {
            throw new IllegalArgumentException("a behaviour bound with the policy component was not handed to the"
                    + " double: " + behaviour);
        }
        return instance;
    }

    private static Object field(JavaBehaviour behaviour, String name) {
        try {
            Field field = JavaBehaviour.class.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(behaviour);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Binding(QName policy, QName classQName, Object instance, String method) {

        Object call(Object... arguments) {
            Method target = Arrays.stream(instance.getClass().getMethods())
                    .filter(m -> m.getName().equals(method) && m.getParameterCount() == arguments.length)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no method " + method));
            try {
                return target.invoke(instance, arguments);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
