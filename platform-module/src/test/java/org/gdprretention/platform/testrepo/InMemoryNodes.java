package org.gdprretention.platform.testrepo;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.InvalidNodeRefException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.Path;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.QNamePattern;
import org.mockito.AdditionalAnswers;

/**
 * A small stateful repository for tests: nodes with type, properties, aspects and primary children, kept in maps.
 * {@link #nodeService()} is a Mockito mock that delegates to this object, so tests can both rely on real state
 * (a record written is there to read back) and verify the order of calls. {@link #snapshot()} and
 * {@link #restore} let {@link FakeTransactions} roll a failed transaction back.
 *
 * <p>Deleting a node without {@code sys:temporary} moves it to {@link #archived()}, as ACS moves it to the
 * trashcan; with the aspect it is simply gone.
 */
public final class InMemoryNodes {

    public static final StoreRef VERSION_STORE = new StoreRef("workspace", "version2Store");

    private Map<NodeRef, Node> nodes = new LinkedHashMap<>();
    private Map<NodeRef, Node> archived = new LinkedHashMap<>();
    private final NodeService nodeService = mock(NodeService.class, AdditionalAnswers.delegatesTo(this));
    private final NodeRef root;

    public InMemoryNodes() {
        root = newNode(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, null, null, ContentModel.TYPE_BASE, Map.of());
    }

    public NodeService nodeService() {
        return nodeService;
    }

    // ---- test set-up helpers

    public NodeRef root() {
        return root;
    }

    public NodeRef folder(NodeRef parent, String name) {
        return child(parent, ContentModel.TYPE_FOLDER, Map.of(ContentModel.PROP_NAME, name));
    }

    public NodeRef child(NodeRef parent, QName type, Map<QName, Serializable> properties) {
        return createNode(parent, ContentModel.ASSOC_CONTAINS, QName.createQName("test", "child"), type,
                new HashMap<>(properties)).getChildRef();
    }

    public NodeRef versionNode(String contentUrl, long size) {
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(ContentModel.PROP_CONTENT, new ContentData(contentUrl, "text/plain", size, "UTF-8"));
        return newNode(VERSION_STORE, null, null, ContentModel.TYPE_CONTENT, properties);
    }

    /** Every content URL some node (live or version) still points at; what ACS's reference check looks at. */
    public Set<String> referencedContentUrls() {
        Set<String> urls = new LinkedHashSet<>();
        for (Node node : nodes.values()) {
            for (Serializable value : node.properties.values()) {
                if (value instanceof ContentData content && content.getContentUrl() != null) {
                    urls.add(content.getContentUrl());
                }
            }
        }
        return urls;
    }

    public Map<NodeRef, Set<QName>> archived() {
        Map<NodeRef, Set<QName>> view = new LinkedHashMap<>();
        archived.forEach((ref, node) -> view.put(ref, node.aspects));
        return view;
    }

    public List<NodeRef> childrenOfType(NodeRef parent, QName type) {
        List<NodeRef> children = new ArrayList<>();
        getChildAssocs(parent, Set.of(type)).forEach(assoc -> children.add(assoc.getChildRef()));
        return children;
    }

    /** A deep copy of the state, for rolling back. */
    public Object snapshot() {
        return new Map[] {copy(nodes), copy(archived)};
    }

    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        Map<NodeRef, Node>[] maps = (Map<NodeRef, Node>[]) snapshot;
        nodes = copy(maps[0]);
        archived = copy(maps[1]);
    }

    // ---- the NodeService methods the add-on uses (called through the mock)

    public boolean exists(NodeRef nodeRef) {
        return nodes.containsKey(nodeRef);
    }

    public NodeRef getRootNode(StoreRef storeRef) {
        return root;
    }

    public Serializable getProperty(NodeRef nodeRef, QName qname) {
        return node(nodeRef).properties.get(qname);
    }

    public Map<QName, Serializable> getProperties(NodeRef nodeRef) {
        return new HashMap<>(node(nodeRef).properties);
    }

    public void setProperty(NodeRef nodeRef, QName qname, Serializable value) {
        node(nodeRef).properties.put(qname, value);
    }

    public void setProperties(NodeRef nodeRef, Map<QName, Serializable> properties) {
        node(nodeRef).properties.clear();
        node(nodeRef).properties.putAll(properties);
    }

    public void addProperties(NodeRef nodeRef, Map<QName, Serializable> properties) {
        node(nodeRef).properties.putAll(properties);
    }

    public void removeProperty(NodeRef nodeRef, QName qname) {
        node(nodeRef).properties.remove(qname);
    }

    public void addAspect(NodeRef nodeRef, QName aspect, Map<QName, Serializable> properties) {
        Node node = node(nodeRef);
        node.aspects.add(aspect);
        if (properties != null) {
            node.properties.putAll(properties);
        }
    }

    public void removeAspect(NodeRef nodeRef, QName aspect) {
        Node node = node(nodeRef);
        if (node.aspects.remove(aspect)) {
            // As DbNodeServiceImpl.removeAspect: the properties the aspect declares leave the node with it.
            node.properties.keySet().removeAll(
                    org.gdprretention.platform.testsupport.ModuleAspects.propertiesOf(aspect));
        }
    }

    public boolean hasAspect(NodeRef nodeRef, QName aspect) {
        return node(nodeRef).aspects.contains(aspect);
    }

    public QName getType(NodeRef nodeRef) {
        return node(nodeRef).type;
    }

    /** As ACS: a store's root (and a node made without a parent) answers an association with no parent. */
    public ChildAssociationRef getPrimaryParent(NodeRef nodeRef) {
        Node node = node(nodeRef);
        if (node.parent == null) {
            return new ChildAssociationRef(null, null, null, nodeRef);
        }
        return new ChildAssociationRef(node.assocType, node.parent, node.assocName, nodeRef);
    }

    public ChildAssociationRef createNode(NodeRef parentRef, QName assocTypeQName, QName assocQName,
                                          QName nodeTypeQName, Map<QName, Serializable> properties) {
        Node parent = node(parentRef);
        Serializable name = properties == null ? null : properties.get(ContentModel.PROP_NAME);
        if (name != null && getChildByName(parentRef, assocTypeQName, name.toString()) != null) {
            throw new IllegalStateException("Duplicate child name '" + name + "' under " + parentRef);
        }
        NodeRef child = newNode(parentRef.getStoreRef(), parentRef, assocQName, nodeTypeQName,
                properties == null ? Map.of() : properties);
        nodes.get(child).assocType = assocTypeQName;
        parent.children.add(child);
        return new ChildAssociationRef(assocTypeQName, parentRef, assocQName, child);
    }

    public ChildAssociationRef createNode(NodeRef parentRef, QName assocTypeQName, QName assocQName,
                                          QName nodeTypeQName) {
        return createNode(parentRef, assocTypeQName, assocQName, nodeTypeQName, Map.of());
    }

    public NodeRef getChildByName(NodeRef nodeRef, QName assocTypeQName, String childName) {
        for (NodeRef child : node(nodeRef).children) {
            Node node = nodes.get(child);
            if (node.assocType.equals(assocTypeQName) && childName.equalsIgnoreCase(
                    String.valueOf(node.properties.get(ContentModel.PROP_NAME)))) {
                return child;
            }
        }
        return null;
    }

    public List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef, Set<QName> childNodeTypeQNames) {
        List<ChildAssociationRef> assocs = new ArrayList<>();
        for (NodeRef child : node(nodeRef).children) {
            Node node = nodes.get(child);
            if (childNodeTypeQNames.contains(node.type)) {
                assocs.add(new ChildAssociationRef(node.assocType, nodeRef, node.assocName, child));
            }
        }
        return assocs;
    }

    public List<ChildAssociationRef> getChildAssocs(NodeRef nodeRef, QNamePattern typeQNamePattern,
                                                    QNamePattern qnamePattern) {
        List<ChildAssociationRef> assocs = new ArrayList<>();
        for (NodeRef child : node(nodeRef).children) {
            Node node = nodes.get(child);
            if (typeQNamePattern.isMatch(node.assocType) && qnamePattern.isMatch(node.assocName)) {
                assocs.add(new ChildAssociationRef(node.assocType, nodeRef, node.assocName, child));
            }
        }
        return assocs;
    }

    /** As ACS: the primary and secondary children whose property has exactly this value, from the database. */
    public List<ChildAssociationRef> getChildAssocsByPropertyValue(NodeRef nodeRef, QName propertyQName,
                                                                   Serializable value) {
        List<ChildAssociationRef> assocs = new ArrayList<>();
        for (NodeRef child : node(nodeRef).children) {
            Node node = nodes.get(child);
            if (value != null && value.equals(node.properties.get(propertyQName))) {
                assocs.add(new ChildAssociationRef(node.assocType, nodeRef, node.assocName, child));
            }
        }
        return assocs;
    }

    public void deleteNode(NodeRef nodeRef) {
        Node node = node(nodeRef);
        boolean temporary = node.aspects.contains(ContentModel.ASPECT_TEMPORARY);
        for (NodeRef child : new ArrayList<>(node.children)) {
            if (nodes.containsKey(child)) {
                removeTree(child, temporary);
            }
        }
        if (node.parent != null && nodes.containsKey(node.parent)) {
            nodes.get(node.parent).children.remove(nodeRef);
        }
        nodes.remove(nodeRef);
        if (!temporary) {
            archived.put(nodeRef, node);
        }
    }

    /** Parent names from below the root to the node's folder, as ACS's display path shows them. */
    public Path getPath(NodeRef nodeRef) {
        List<String> names = new ArrayList<>();
        for (NodeRef parent = node(nodeRef).parent; parent != null && !parent.equals(root);
             parent = nodes.get(parent).parent) {
            names.add(0, String.valueOf(nodes.get(parent).properties.get(ContentModel.PROP_NAME)));
        }
        Path path = mock(Path.class);
        when(path.toDisplayPath(any(NodeService.class), any(PermissionService.class)))
                .thenReturn("/" + String.join("/", names));
        return path;
    }

    private void removeTree(NodeRef nodeRef, boolean temporary) {
        Node node = nodes.remove(nodeRef);
        for (NodeRef child : node.children) {
            if (nodes.containsKey(child)) {
                removeTree(child, temporary);
            }
        }
        if (!temporary) {
            archived.put(nodeRef, node);
        }
    }

    private NodeRef newNode(StoreRef store, NodeRef parent, QName assocName, QName type,
                            Map<QName, Serializable> properties) {
        NodeRef ref = new NodeRef(store, UUID.randomUUID().toString());
        Node node = new Node();
        node.type = type;
        node.parent = parent;
        node.assocName = assocName;
        node.properties.putAll(properties);
        nodes.put(ref, node);
        return ref;
    }

    private Node node(NodeRef nodeRef) {
        Node node = nodes.get(nodeRef);
        if (node == null) {
            throw new InvalidNodeRefException("Node does not exist: " + nodeRef, nodeRef);
        }
        return node;
    }

    private static Map<NodeRef, Node> copy(Map<NodeRef, Node> source) {
        Map<NodeRef, Node> copy = new LinkedHashMap<>();
        source.forEach((ref, node) -> copy.put(ref, node.copy()));
        return copy;
    }

    private static final class Node {
        QName type;
        NodeRef parent;
        QName assocType;
        QName assocName;
        final Map<QName, Serializable> properties = new HashMap<>();
        final Set<QName> aspects = new LinkedHashSet<>();
        final List<NodeRef> children = new ArrayList<>();

        Node copy() {
            Node copy = new Node();
            copy.type = type;
            copy.parent = parent;
            copy.assocType = assocType;
            copy.assocName = assocName;
            properties.forEach((name, value) -> copy.properties.put(name,
                    value instanceof ArrayList<?> list ? new ArrayList<>(list) : value));
            copy.aspects.addAll(aspects);
            copy.children.addAll(children);
            return copy;
        }
    }
}
