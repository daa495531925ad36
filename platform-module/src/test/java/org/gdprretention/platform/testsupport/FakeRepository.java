package org.gdprretention.platform.testsupport;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.QNamePattern;

/**
 * A Mockito {@link NodeService} backed by in-memory nodes, so that tests can assert the properties a component
 * leaves behind (and still verify calls). Only the members the module uses are answered.
 */
public final class FakeRepository {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final QName CHILD_NAME = QName.createQName(ContentModel.TYPE_CONTENT.getNamespaceURI(), "child");

    private final NodeService nodeService = mock(NodeService.class);
    private final Map<NodeRef, Map<QName, Serializable>> properties = new LinkedHashMap<>();
    private final Map<NodeRef, Set<QName>> aspects = new HashMap<>();
    private final Map<NodeRef, QName> types = new HashMap<>();
    private final Map<NodeRef, ChildAssociationRef> parents = new LinkedHashMap<>();
    private final List<ChildAssociationRef> secondaryLinks = new ArrayList<>();
    private final List<String> createdAs = new ArrayList<>();
    private final Map<QName, List<NodeServicePolicies.BeforeRemoveAspectPolicy>> beforeRemoveAspect = new HashMap<>();
    private final Map<QName, List<NodeServicePolicies.BeforeAddAspectPolicy>> beforeAddAspect = new HashMap<>();
    private final FakeBehaviourFilter behaviourFilter = new FakeBehaviourFilter();
    private final Map<NodeRef, Integer> versions = new HashMap<>();

    public FakeRepository() {
        lenient().when(nodeService.exists(any(NodeRef.class))).thenAnswer(a -> properties.containsKey(a.getArgument(0)));
        lenient().when(nodeService.getProperties(any())).thenAnswer(a -> new HashMap<>(props(a.getArgument(0))));
        lenient().when(nodeService.getProperty(any(), any())).thenAnswer(a -> props(a.getArgument(0)).get(a.getArgument(1)));
        lenient().when(nodeService.hasAspect(any(), any()))
                .thenAnswer(a -> aspects.getOrDefault(a.getArgument(0), Set.of()).contains(a.getArgument(1)));
        lenient().when(nodeService.getType(any())).thenAnswer(a -> types.get(a.getArgument(0)));
        lenient().when(nodeService.getPrimaryParent(any())).thenAnswer(a -> parents.get(a.getArgument(0)));
        lenient().doAnswer(a -> {
            props(a.getArgument(0)).putAll(a.getArgument(1));
            updated(a.getArgument(0));
            return null;
        }).when(nodeService).addProperties(any(), anyMap());
        lenient().doAnswer(a -> {
            props(a.getArgument(0)).put(a.getArgument(1), a.getArgument(2));
            updated(a.getArgument(0));
            return null;
        }).when(nodeService).setProperty(any(), any(), any());
        lenient().doAnswer(a -> {
            // As DbNodeServiceImpl: the aspect's beforeAddAspect behaviours run first, also when the node has the
            // aspect already (it is among the "missing" aspects regardless), and one that throws changes nothing.
            for (NodeServicePolicies.BeforeAddAspectPolicy behaviour : beforeAddAspect.getOrDefault(
                    a.getArgument(1), List.of())) {
                behaviour.beforeAddAspect(a.getArgument(0), a.getArgument(1));
            }
            aspects.computeIfAbsent(a.getArgument(0), n -> new HashSet<>()).add(a.getArgument(1));
            Map<QName, Serializable> values = a.getArgument(2);
            if (values != null) {
                props(a.getArgument(0)).putAll(values);
            }
            updated(a.getArgument(0));
            return null;
        }).when(nodeService).addAspect(any(), any(), any());
        lenient().doAnswer(a -> {
            NodeRef node = a.getArgument(0);
            QName aspect = a.getArgument(1);
            // As DbNodeServiceImpl: nothing happens for an aspect the node lacks; otherwise the aspect's
            // beforeRemoveAspect behaviours run first, and one that throws keeps the aspect.
            if (!hasAspect(node, aspect)) {
                return null;
            }
            for (NodeServicePolicies.BeforeRemoveAspectPolicy behaviour : beforeRemoveAspect.getOrDefault(aspect,
                    List.of())) {
                behaviour.beforeRemoveAspect(node, aspect);
            }
            aspects.get(node).remove(aspect);
            // As DbNodeServiceImpl.removeAspect: the properties the aspect declares leave the node with it.
            props(node).keySet().removeAll(ModuleAspects.propertiesOf(aspect));
            return null;
        }).when(nodeService).removeAspect(any(), any());
        lenient().when(nodeService.createNode(any(), any(), any(), any(), anyMap())).thenAnswer(a -> {
            createdAs.add(AuthenticationUtil.getRunAsUser());
            NodeRef child = add(a.getArgument(3), a.getArgument(0), a.getArgument(4));
            ChildAssociationRef assoc =
                    new ChildAssociationRef(a.getArgument(1), a.getArgument(0), a.getArgument(2), child, true, -1);
            parents.put(child, assoc);
            return assoc;
        });
        lenient().when(nodeService.getChildByName(any(), any(), any())).thenAnswer(a -> children(a.getArgument(0)).stream()
                .filter(c -> a.getArgument(2).equals(props(c).get(ContentModel.PROP_NAME))).findFirst().orElse(null));
        lenient().when(nodeService.getChildAssocs(any(NodeRef.class), any(Set.class))).thenAnswer(a -> {
            Set<QName> wanted = a.getArgument(1);
            return children(a.getArgument(0)).stream().filter(c -> wanted.contains(types.get(c)))
                    .map(parents::get).toList();
        });
        lenient().when(nodeService.getChildAssocs(any(NodeRef.class), any(QNamePattern.class), any(QNamePattern.class)))
                .thenAnswer(a -> childAssocs(a.getArgument(0), a.getArgument(1), a.getArgument(2)));
        lenient().when(nodeService.getChildAssocs(any(NodeRef.class), any(QNamePattern.class), any(QNamePattern.class),
                org.mockito.ArgumentMatchers.anyInt(), org.mockito.ArgumentMatchers.anyBoolean())).thenAnswer(a -> {
                    List<ChildAssociationRef> all = childAssocs(a.getArgument(0), a.getArgument(1), a.getArgument(2));
                    int max = a.getArgument(3);
                    return max > 0 && all.size() > max ? all.subList(0, max) : all;
                });
    }

    public NodeService nodeService() {
        return nodeService;
    }

    /** For each createNode call, in order, the user it ran as. */
    public List<String> createdAs() {
        return List.copyOf(createdAs);
    }

    /** A behaviour ACS would call before {@code aspect} is removed from a node, as bound with the policy component. */
    public void bindBeforeRemoveAspect(QName aspect, NodeServicePolicies.BeforeRemoveAspectPolicy behaviour) {
        beforeRemoveAspect.computeIfAbsent(aspect, a -> new ArrayList<>()).add(behaviour);
    }

    /** A behaviour ACS would call before {@code aspect} is added to a node, as bound with the policy component. */
    public void bindBeforeAddAspect(QName aspect, NodeServicePolicies.BeforeAddAspectPolicy behaviour) {
        beforeAddAspect.computeIfAbsent(aspect, a -> new ArrayList<>()).add(behaviour);
    }

    /** The behaviour filter the node service's writes respect. */
    public FakeBehaviourFilter behaviourFilter() {
        return behaviourFilter;
    }

    /** Versions made by writes through the node service (a node with {@code cm:versionable}). */
    public int versionsMade(NodeRef node) {
        return versions.getOrDefault(node, 0);
    }

    // As ACS does on every write through the node service, unless the behaviours are disabled for the node: the
    // cm:auditable behaviour sets cm:modified and cm:modifier (the run-as user, System included), and with
    // cm:versionable (autoVersionOnUpdateProps) a new version is made.
    private void updated(NodeRef node) {
        if (behaviourFilter.isEnabled(node, ContentModel.ASPECT_AUDITABLE)) {
            String user = org.alfresco.repo.security.authentication.AuthenticationUtil.getRunAsUser();
            props(node).put(ContentModel.PROP_MODIFIED, new Date());
            props(node).put(ContentModel.PROP_MODIFIER, user == null ? "System" : user);
        }
        if (hasAspect(node, ContentModel.ASPECT_VERSIONABLE)
                && behaviourFilter.isEnabled(node, ContentModel.ASPECT_VERSIONABLE)) {
            versions.merge(node, 1, Integer::sum);
        }
    }

    /** A new node of {@code type} under {@code parent} (may be null) with these properties. */
    public NodeRef add(QName type, NodeRef parent, Map<QName, Serializable> values) {
        return add(new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, UUID.randomUUID().toString()), type, parent,
                values);
    }

    /** A new node with a reference chosen beforehand, as ACS's copy does (the copy details name it). */
    public NodeRef add(NodeRef node, QName type, NodeRef parent, Map<QName, Serializable> values) {
        properties.put(node, new HashMap<>(values == null ? Map.of() : values));
        types.put(node, type);
        if (parent != null) {
            parents.put(node, new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, parent, CHILD_NAME, node, true, -1));
        }
        return node;
    }

    public NodeRef folder(NodeRef parent, String name) {
        return add(ContentModel.TYPE_FOLDER, parent, Map.of(ContentModel.PROP_NAME, name));
    }

    /** A folder whose primary association has this name, as ACS's well-known folders do (e.g. app:dictionary). */
    public NodeRef folder(NodeRef parent, String name, QName assocName) {
        NodeRef folder = folder(parent, name);
        if (parent != null) {
            parents.put(folder, new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, parent, assocName, folder, true, -1));
        }
        return folder;
    }

    public NodeRef document(NodeRef parent, Map<QName, Serializable> values) {
        return add(ContentModel.TYPE_CONTENT, parent, values);
    }

    /** Files {@code child} in {@code parent} too, through a secondary (non-primary) association. */
    public void link(NodeRef parent, NodeRef child) {
        secondaryLinks.add(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, parent, CHILD_NAME, child, false, -1));
    }

    public void addAspect(NodeRef node, QName aspect, Map<QName, Serializable> values) {
        aspects.computeIfAbsent(node, n -> new HashSet<>()).add(aspect);
        props(node).putAll(values);
    }

    public void delete(NodeRef node) {
        properties.remove(node);
    }

    /** Every node that exists, in no particular order. */
    public List<NodeRef> nodes() {
        return List.copyOf(properties.keySet());
    }

    public Map<QName, Serializable> properties(NodeRef node) {
        return props(node);
    }

    public Serializable property(NodeRef node, QName name) {
        return props(node).get(name);
    }

    public Set<QName> aspects(NodeRef node) {
        return Set.copyOf(aspects.getOrDefault(node, Set.of()));
    }

    public boolean hasAspect(NodeRef node, QName aspect) {
        return aspects.getOrDefault(node, Set.of()).contains(aspect);
    }

    public QName type(NodeRef node) {
        return types.get(node);
    }

    public List<NodeRef> children(NodeRef parent) {
        List<NodeRef> children = new ArrayList<>();
        parents.forEach((child, assoc) -> {
            if (assoc.getParentRef().equals(parent) && properties.containsKey(child)) {
                children.add(child);
            }
        });
        return children;
    }

    /** The repository's form of a local date: the instant that day starts in the retention zone. */
    public static Date date(String isoDate) {
        return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZONE).toInstant());
    }

    public static Date instant(String isoInstant) {
        return Date.from(Instant.parse(isoInstant));
    }

    // As in ACS: primary children first, then secondary links, and a deleted parent is an invalid reference.
    private List<ChildAssociationRef> childAssocs(NodeRef parent, QNamePattern type, QNamePattern name) {
        props(parent);
        List<ChildAssociationRef> assocs = new ArrayList<>(children(parent).stream().map(parents::get).toList());
        secondaryLinks.stream().filter(l -> l.getParentRef().equals(parent) && properties.containsKey(l.getChildRef()))
                .forEach(assocs::add);
        return assocs.stream().filter(c -> type.isMatch(c.getTypeQName()) && name.isMatch(c.getQName())).toList();
    }

    private Map<QName, Serializable> props(NodeRef node) {
        Map<QName, Serializable> values = properties.get(node);
        if (values == null) {
            throw new org.alfresco.service.cmr.repository.InvalidNodeRefException("no node " + node, node);
        }
        return values;
    }
}
