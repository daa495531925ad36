package org.gdprretention.platform.expiry;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mockStatic;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.coci.CheckOutCheckInServicePolicies;
import org.alfresco.repo.copy.CopyBehaviourCallback;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.transaction.TransactionSupportUtil;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

/**
 * ACS's copy and check-out/check-in, as far as the add-on's template behaviour sees them (read in
 * {@code CopyServiceImpl} and {@code CheckOutCheckInServiceImpl}, ACS 26.3):
 * <ul>
 * <li>a copy asks each source aspect's {@code getCopyCallback} whether it goes with the copy, then calls
 * {@code onCopyComplete} once for the source's type and once per source aspect, copied or not, with
 * {@code copyToNewNode} true;</li>
 * <li>check-out calls {@code beforeCheckOut} on the node's classes, copies the node (same copy as above) and only
 * then adds {@code cm:workingcopy} to the copy and {@code cm:checkedOut} to the original;</li>
 * <li>check-in copies the working copy onto the original: {@code onCopyComplete} with {@code copyToNewNode} false;
 * the original keeps aspects the working copy lacks.</li>
 * </ul>
 * Each operation runs in its own transaction, whose resources ({@link TransactionSupportUtil#getResource}) live
 * until it ends. Behaviours are dispatched to the classes they bound themselves to via the policy component.
 */
final class AcsCopies implements AutoCloseable {

    /** The properties of each aspect the double copies selectively. */
    private static final Map<QName, Set<QName>> ASPECT_PROPERTIES = Map.of(
            RetentionModel.ASPECT_TEMPLATE_BINDING, Set.of(RetentionModel.PROP_BOUND_RETENTION_TYPE),
            ContentModel.ASPECT_WORKING_COPY, Set.of(ContentModel.PROP_WORKING_COPY_OWNER),
            ContentModel.ASPECT_CHECKED_OUT, Set.of());

    /** ACS's own callbacks (WorkingCopyAspect, CheckedOutAspect) never copy these. */
    private static final Set<QName> NEVER_COPIED = Set.of(ContentModel.ASPECT_WORKING_COPY,
            ContentModel.ASPECT_CHECKED_OUT);

    private final FakeRepository repository;
    private final TemplateCopyBehaviour behaviour;
    private final Map<QName, Set<QName>> boundClassesByPolicy = new HashMap<>();
    private final Map<Object, Object> transactionResources = new HashMap<>();
    private final MockedStatic<TransactionSupportUtil> transactions;
    private boolean joined;

    AcsCopies(FakeRepository repository, TemplateCopyBehaviour behaviour, PolicyComponent policyComponent) {
        this.repository = repository;
        this.behaviour = behaviour;
        Mockito.mockingDetails(policyComponent).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("bindClassBehaviour"))
                .forEach(i -> boundClassesByPolicy.computeIfAbsent(i.getArgument(0), p -> new HashSet<>())
                        .add(i.getArgument(1)));
        transactions = mockStatic(TransactionSupportUtil.class);
        transactions.when(() -> TransactionSupportUtil.getResource(any()))
                .thenAnswer(a -> transactionResources.get(a.getArgument(0)));
        transactions.when(() -> TransactionSupportUtil.bindResource(any(), any()))
                .thenAnswer(a -> transactionResources.put(a.getArgument(0), a.getArgument(1)));
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
            if (bound(CheckOutCheckInServicePolicies.BeforeCheckOut.QNAME, type)) {
                behaviour.beforeCheckOut(node, destination, ContentModel.ASSOC_CONTAINS, null);
            }
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
        for (Map.Entry<QName, Serializable> property : copiedProperties(details).entrySet()) {
            repository.nodeService().setProperty(original, property.getKey(), property.getValue());
        }
        copiedAspects(details).forEach(a -> repository.addAspect(original, a, Map.of()));
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
        CopyDetails details = details(source, parent, null, true);
        NodeRef copy = repository.add(repository.type(source), parent, copiedProperties(details));
        copiedAspects(details).forEach(a -> repository.addAspect(copy, a, Map.of()));
        invokeCopyComplete(source, copy, true);
        return copy;
    }

    private CopyDetails details(NodeRef source, NodeRef parent, NodeRef target, boolean targetIsNew) {
        return new CopyDetails(source, repository.type(source), repository.aspects(source),
                repository.properties(source), parent, target, targetIsNew, ContentModel.ASSOC_CONTAINS,
                QName.createQName(ContentModel.TYPE_CONTENT.getNamespaceURI(), "copy"));
    }

    private Map<QName, Serializable> copiedProperties(CopyDetails details) {
        Map<QName, Serializable> properties = new HashMap<>(details.getSourceNodeProperties());
        for (QName aspect : details.getSourceNodeAspectQNames()) {
            Set<QName> own = ASPECT_PROPERTIES.getOrDefault(aspect, Set.of());
            Map<QName, Serializable> values = new HashMap<>();
            own.forEach(p -> {
                Serializable value = properties.remove(p);
                if (value != null) {
                    values.put(p, value);
                }
            });
            if (mustCopy(aspect, details)) {
                CopyBehaviourCallback callback = callback(aspect, details);
                properties.putAll(callback == null ? values : callback.getCopyProperties(aspect, details, values));
            }
        }
        return properties;
    }

    private List<QName> copiedAspects(CopyDetails details) {
        List<QName> copied = new ArrayList<>();
        for (QName aspect : details.getSourceNodeAspectQNames()) {
            if (mustCopy(aspect, details)) {
                copied.add(aspect);
            }
        }
        return copied;
    }

    private boolean mustCopy(QName aspect, CopyDetails details) {
        if (NEVER_COPIED.contains(aspect)) {
            return false;
        }
        CopyBehaviourCallback callback = callback(aspect, details);
        return callback == null || callback.getMustCopy(aspect, details);
    }

    private CopyBehaviourCallback callback(QName aspect, CopyDetails details) {
        return bound(CopyServicePolicies.OnCopyNodePolicy.QNAME, aspect)
                ? behaviour.getCopyCallback(aspect, details) : null;
    }

    private void invokeCopyComplete(NodeRef source, NodeRef target, boolean copyToNewNode) {
        Map<NodeRef, NodeRef> copyMap = new LinkedHashMap<>(Map.of(source, target));
        for (QName type : classes(source)) {
            if (bound(CopyServicePolicies.OnCopyCompletePolicy.QNAME, type)) {
                behaviour.onCopyComplete(type, source, target, copyToNewNode, copyMap);
            }
        }
    }

    private List<QName> classes(NodeRef node) {
        List<QName> classes = new ArrayList<>();
        classes.add(repository.type(node));
        classes.addAll(repository.aspects(node));
        return classes;
    }

    private boolean bound(QName policy, QName type) {
        return boundClassesByPolicy.getOrDefault(policy, Set.of()).contains(type);
    }
}
