package org.gdprretention.platform.testsupport;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.copy.CopyBehaviourCallback;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.copy.DefaultCopyBehaviourCallback;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

/**
 * ACS's {@code CopyService}, and the copies {@code CheckOutCheckInService} makes, as far as aspects go (read in
 * {@code CopyServiceImpl} and {@code CheckOutCheckInServiceImpl}, ACS 26.3), on a {@link FakeRepository}:
 * <ul>
 * <li>a copy asks each source aspect's {@code getCopyCallback} (bound with {@link #bindOnCopyNode}; otherwise ACS's
 * default: copy it with its properties) and adds every aspect that must go with the copy through the node service
 * ({@code internalNodeService.addAspect}: the aspect's {@code beforeAddAspect} behaviours run), as the user
 * copying. An aspect left out takes its properties with it (they are not residual properties);</li>
 * <li>check-out into the document's own folder copies as the system user, the person stays fully authenticated;
 * then {@code cm:workingcopy} goes onto the copy and {@code cm:checkedOut} onto the original (ACS's own callbacks
 * never copy those two);</li>
 * <li>check-in copies the working copy onto the original: its type's properties and the aspects that must be
 * copied are added (again {@code beforeAddAspect} runs, also for an aspect the original has already), nothing the
 * original has is removed; then {@code cm:checkedOut} is removed and the working copy deleted.</li>
 * </ul>
 */
public final class AcsCopyService {

    /** ACS's own callbacks (WorkingCopyAspect, CheckedOutAspect) never copy these. */
    private static final Set<QName> NEVER_COPIED = Set.of(ContentModel.ASPECT_WORKING_COPY,
            ContentModel.ASPECT_CHECKED_OUT);
    private static final QName COPY_NAME = QName.createQName(ContentModel.TYPE_CONTENT.getNamespaceURI(), "copy");

    private final FakeRepository repository;
    private final Map<QName, Set<QName>> aspectProperties;
    private final Map<QName, CopyServicePolicies.OnCopyNodePolicy> onCopyNode = new HashMap<>();
    private final Map<NodeRef, NodeRef> originals = new HashMap<>();

    /** {@code aspectProperties}: the properties each aspect defines, as the dictionary would tell ACS. */
    public AcsCopyService(FakeRepository repository, Map<QName, Set<QName>> aspectProperties) {
        this.repository = repository;
        this.aspectProperties = Map.copyOf(aspectProperties);
    }

    /** A behaviour bound to {@code CopyServicePolicies.OnCopyNodePolicy} for {@code aspect}. */
    public void bindOnCopyNode(QName aspect, CopyServicePolicies.OnCopyNodePolicy behaviour) {
        onCopyNode.put(aspect, behaviour);
    }

    /** {@code CopyService.copy(source, parent, ...)}: a new node under {@code parent}, as the current user. */
    public NodeRef copy(NodeRef source, NodeRef parent) {
        CopyDetails details = details(source, parent, null, true);
        NodeRef copy = repository.add(repository.type(source), parent, typeProperties(source));
        copyAspects(details, copy);
        return copy;
    }

    /** {@code CheckOutCheckInService.checkout(node)}: the working copy, in the node's own folder. */
    public NodeRef checkout(NodeRef node) {
        NodeRef folder = nodes().getPrimaryParent(node).getParentRef();
        String person = AuthenticationUtil.getFullyAuthenticatedUser();
        NodeRef workingCopy = AuthenticationUtil.runAsSystem(() -> copy(node, folder));
        nodes().addAspect(workingCopy, ContentModel.ASPECT_WORKING_COPY,
                Map.of(ContentModel.PROP_WORKING_COPY_OWNER, person == null ? "System" : person));
        nodes().addAspect(node, ContentModel.ASPECT_CHECKED_OUT, null);
        originals.put(workingCopy, node);
        return workingCopy;
    }

    /** {@code CheckOutCheckInService.checkin(workingCopy, ...)}: returns the original it was copied back onto. */
    public NodeRef checkin(NodeRef workingCopy) {
        NodeRef original = originals.remove(workingCopy);
        CopyDetails details = details(workingCopy, nodes().getPrimaryParent(original).getParentRef(), original,
                false);
        Map<QName, Serializable> properties = typeProperties(workingCopy);
        properties.remove(ContentModel.PROP_NAME); // ACS renames the original on its own terms
        nodes().addProperties(original, properties);
        copyAspects(details, original);
        nodes().removeAspect(original, ContentModel.ASPECT_CHECKED_OUT);
        repository.delete(workingCopy);
        return original;
    }

    private void copyAspects(CopyDetails details, NodeRef target) {
        for (QName aspect : details.getSourceNodeAspectQNames()) {
            if (NEVER_COPIED.contains(aspect)) {
                continue;
            }
            CopyBehaviourCallback callback = callback(aspect, details);
            if (callback.getMustCopy(aspect, details)) {
                nodes().addAspect(target, aspect, callback.getCopyProperties(aspect, details,
                        ownProperties(aspect, details.getSourceNodeProperties())));
            }
        }
    }

    private CopyBehaviourCallback callback(QName aspect, CopyDetails details) {
        CopyServicePolicies.OnCopyNodePolicy behaviour = onCopyNode.get(aspect);
        return behaviour == null ? new DefaultCopyBehaviourCallback() : behaviour.getCopyCallback(aspect, details);
    }

    private Map<QName, Serializable> ownProperties(QName aspect, Map<QName, Serializable> properties) {
        Map<QName, Serializable> own = new HashMap<>();
        for (QName property : aspectProperties.getOrDefault(aspect, Set.of())) {
            if (properties.get(property) != null) {
                own.put(property, properties.get(property));
            }
        }
        return own;
    }

    /** The source's properties less those of its aspects: the type's (and residual) properties. */
    private Map<QName, Serializable> typeProperties(NodeRef source) {
        Map<QName, Serializable> properties = new HashMap<>(repository.properties(source));
        Set<QName> ofAspects = new HashSet<>();
        repository.aspects(source).forEach(a -> ofAspects.addAll(aspectProperties.getOrDefault(a, Set.of())));
        properties.keySet().removeAll(ofAspects);
        properties.remove(ContentModel.PROP_WORKING_COPY_OWNER);
        return properties;
    }

    private CopyDetails details(NodeRef source, NodeRef parent, NodeRef target, boolean targetIsNew) {
        return new CopyDetails(source, repository.type(source), repository.aspects(source),
                repository.properties(source), parent, target, targetIsNew, ContentModel.ASSOC_CONTAINS, COPY_NAME);
    }

    private NodeService nodes() {
        return repository.nodeService();
    }
}
