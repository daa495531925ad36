package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A node, written <code>protocol://identifier/id</code>. A real value class: tests and the add-on's adapters
 * create, compare and print node references.
 */
public final class NodeRef implements EntityRef, Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern NODE_REF_PATTERN = Pattern.compile(".+://.+/.+");

    private final StoreRef storeRef;
    private final String id;

    public NodeRef(StoreRef storeRef, String id) {
        if (storeRef == null) {
            throw new IllegalArgumentException("Store reference may not be null");
        }
        if (id == null) {
            throw new IllegalArgumentException("Node id may not be null");
        }
        this.storeRef = storeRef;
        this.id = id;
    }

    public NodeRef(String protocol, String identifier, String id) {
        this(new StoreRef(protocol, identifier), id);
    }

    /** Parses <code>protocol://identifier/id</code>; the id is what follows the last slash. */
    public NodeRef(String nodeRef) {
        int lastSlash = nodeRef.lastIndexOf('/');
        if (lastSlash == -1) {
            throw new MalformedNodeRefException("Invalid node ref - does not contain forward slash: " + nodeRef);
        }
        this.storeRef = new StoreRef(nodeRef.substring(0, lastSlash));
        this.id = nodeRef.substring(lastSlash + 1);
    }

    public static boolean isNodeRef(String nodeRef) {
        return NODE_REF_PATTERN.matcher(nodeRef).matches();
    }

    /** Parses a comma-separated list, skipping entries that are not node references. */
    public static List<NodeRef> getNodeRefs(String values) {
        if (values == null || values.isEmpty()) {
            return Collections.emptyList();
        }
        List<NodeRef> nodeRefs = new ArrayList<>();
        for (String value : values.split(",")) {
            String candidate = value.trim();
            if (isNodeRef(candidate)) {
                nodeRefs.add(new NodeRef(candidate));
            }
        }
        return nodeRefs;
    }

    public final StoreRef getStoreRef() {
        return storeRef;
    }

    public final String getId() {
        return id;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof NodeRef)) {
            return false;
        }
        NodeRef that = (NodeRef) obj;
        return id.equals(that.id) && storeRef.equals(that.storeRef);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return storeRef + "/" + id;
    }
}
