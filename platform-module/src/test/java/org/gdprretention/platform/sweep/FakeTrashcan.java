package org.gdprretention.platform.sweep;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.query.PagingResults;
import org.alfresco.repo.node.archive.ArchivedNodesCannedQueryBuilder;
import org.alfresco.repo.node.archive.NodeArchiveService;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.Pair;
import org.gdprretention.platform.model.RetentionModel;

/**
 * A trashcan that behaves like ACS's: its items (the top nodes of deleted hierarchies, the only ones carrying
 * {@code sys:archived}) listed by {@code listArchivedNodes} from the database, page by page, oldest deletion first;
 * the nodes below an item readable through a NodeService like any archived node; purging an item removes its whole
 * subtree. Remembers every purge call and every page asked for, and can be told to fail one purge.
 */
final class FakeTrashcan implements NodeArchiveService {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final NodeRef ARCHIVE_ROOT = new NodeRef(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE, "archive-root");

    private record Node(Instant archivedAt, LocalDate expiry, long size, NodeRef parent) {
    }

    /** Items, in deletion order. */
    private final List<NodeRef> items = new ArrayList<>();
    private final Map<NodeRef, Node> nodes = new LinkedHashMap<>();
    private final Set<NodeRef> held = new HashSet<>();
    /** Items deleted from a folder: the item and the folder (in the workspace store) it was deleted from. */
    private final Map<NodeRef, NodeRef> deletedFrom = new HashMap<>();
    /** Folders still in the workspace store, each with its parent (null for the top). */
    private final Map<NodeRef, NodeRef> liveFolders = new HashMap<>();
    private final Set<NodeRef> failing = new HashSet<>();
    final Map<NodeRef, Integer> purgeCalls = new HashMap<>();
    final List<Integer> skipCountsAsked = new ArrayList<>();
    final List<String> listedAs = new ArrayList<>();
    final NodeService nodeService = mock(NodeService.class);
    boolean hasArchiveStore = true;

    FakeTrashcan() {
        when(nodeService.exists(any(NodeRef.class))).thenAnswer(call -> nodes.containsKey(call.getArgument(0))
                || liveFolders.containsKey(call.getArgument(0)));
        when(nodeService.getPrimaryParent(any(NodeRef.class))).thenAnswer(call -> primaryParent(call.getArgument(0)));
        when(nodeService.hasAspect(any(NodeRef.class), any(QName.class))).thenAnswer(call ->
                RetentionModel.ASPECT_LEGAL_HOLD.equals(call.getArgument(1)) && held.contains(call.getArgument(0)));
        when(nodeService.getProperty(any(NodeRef.class), any(QName.class))).thenAnswer(call ->
                property(call.getArgument(0), call.getArgument(1)));
        when(nodeService.getChildAssocs(any(NodeRef.class))).thenAnswer(call -> childAssocs(call.getArgument(0)));
    }

    /** A deleted item: the top of its hierarchy. */
    NodeRef add(String id, Instant archivedAt, LocalDate expiry, long size) {
        NodeRef node = new NodeRef(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE, id);
        nodes.put(node, new Node(archivedAt, expiry, size, null));
        items.add(node);
        return node;
    }

    /** A node inside a deleted folder: archived with it, without {@code sys:archived}, not listed on its own. */
    NodeRef child(NodeRef parent, String id, LocalDate expiry, long size) {
        NodeRef node = new NodeRef(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE, id);
        nodes.put(node, new Node(null, expiry, size, parent));
        return node;
    }

    /** An item deleted from {@code folder}: ACS keeps where it came from on the item ({@code sys:archivedOriginalParentAssoc}). */
    NodeRef add(String id, Instant archivedAt, LocalDate expiry, long size, NodeRef folder) {
        NodeRef node = add(id, archivedAt, expiry, size);
        deletedFrom.put(node, new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, folder.getId()));
        return node;
    }

    /** A folder that is still in the repository (workspace store), below {@code parent} (null for a top folder). */
    NodeRef liveFolder(NodeRef parent, String id) {
        NodeRef folder = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, id);
        liveFolders.put(folder, parent);
        return folder;
    }

    /** Deletes a live folder as ACS does: it becomes an item of the trashcan with the same id. */
    NodeRef delete(NodeRef liveFolder, Instant archivedAt) {
        NodeRef parent = liveFolders.remove(liveFolder);
        NodeRef item = add(liveFolder.getId(), archivedAt, null, 0);
        if (parent != null) {
            deletedFrom.put(item, parent);
        }
        if (held.remove(liveFolder)) {
            held.add(item);
        }
        return item;
    }

    void hold(NodeRef node) {
        held.add(node);
    }

    void failPurgeOf(NodeRef node) {
        failing.add(node);
    }

    /** Every node still in the archive store, items and the nodes below them. */
    Set<NodeRef> remaining() {
        return Set.copyOf(nodes.keySet());
    }

    @Override
    public PagingResults<NodeRef> listArchivedNodes(ArchivedNodesCannedQueryBuilder query) {
        if (!ARCHIVE_ROOT.equals(query.getArchiveRootNodeRef())) {
            throw new AssertionError("the sweep must list the archive root's items, not " + query.getArchiveRootNodeRef());
        }
        if (!query.getSortOrderAscending()) {
            throw new AssertionError("page oldest first: newest first shifts every page when items are deleted");
        }
        listedAs.add(AuthenticationUtil.getRunAsUser());
        int skip = query.getPagingRequest().getSkipCount();
        skipCountsAsked.add(skip);
        int from = Math.min(items.size(), skip);
        int to = Math.min(items.size(), from + query.getPagingRequest().getMaxItems());
        List<NodeRef> page = List.copyOf(items.subList(from, to));
        boolean more = to < items.size();
        return new PagingResults<>() {
            @Override
            public List<NodeRef> getPage() {
                return page;
            }

            @Override
            public boolean hasMoreItems() {
                return more;
            }

            @Override
            public Pair<Integer, Integer> getTotalResultCount() {
                return null;
            }

            @Override
            public String getQueryExecutionId() {
                return null;
            }
        };
    }

    private List<ChildAssociationRef> childAssocs(NodeRef parent) {
        List<ChildAssociationRef> children = new ArrayList<>();
        nodes.forEach((ref, node) -> {
            if (parent.equals(node.parent())) {
                children.add(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, parent, ContentModel.ASSOC_CONTAINS,
                        ref, true, 0));
            }
        });
        return children;
    }

    // As ACS: an item's parent is the archive root; a node below an item keeps its parent; a store root has none.
    private ChildAssociationRef primaryParent(NodeRef ref) {
        NodeRef parent;
        if (ARCHIVE_ROOT.equals(ref)) {
            parent = null;
        } else if (items.contains(ref)) {
            parent = ARCHIVE_ROOT;
        } else if (nodes.containsKey(ref)) {
            parent = nodes.get(ref).parent();
        } else if (liveFolders.containsKey(ref)) {
            parent = liveFolders.get(ref);
        } else {
            throw new org.alfresco.service.cmr.repository.InvalidNodeRefException("no node " + ref, ref);
        }
        return parent == null ? new ChildAssociationRef(null, null, null, ref)
                : new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, parent, ContentModel.ASSOC_CONTAINS, ref);
    }

    private Serializable property(NodeRef ref, QName name) {
        if (ContentModel.PROP_ARCHIVED_ORIGINAL_PARENT_ASSOC.equals(name)) {
            NodeRef folder = deletedFrom.get(ref);
            return folder == null ? null
                    : new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, folder, ContentModel.ASSOC_CONTAINS, ref);
        }
        Node node = nodes.get(ref);
        if (node == null) {
            return null;
        }
        if (ContentModel.PROP_ARCHIVED_DATE.equals(name)) {
            return node.archivedAt() == null ? null : java.util.Date.from(node.archivedAt());
        }
        if (RetentionModel.PROP_EXPIRY_DATE.equals(name)) {
            return node.expiry() == null ? null : java.util.Date.from(node.expiry().atStartOfDay(ZONE).toInstant());
        }
        if (ContentModel.PROP_CONTENT.equals(name)) {
            return new ContentData("store://2025/1/1/0/0/" + ref.getId() + ".bin", "text/plain", node.size(), "UTF-8");
        }
        return null;
    }

    @Override
    public NodeRef getStoreArchiveNode(StoreRef originalStoreRef) {
        return hasArchiveStore && StoreRef.STORE_REF_WORKSPACE_SPACESSTORE.equals(originalStoreRef)
                ? ARCHIVE_ROOT : null;
    }

    @Override
    public void purgeArchivedNode(NodeRef archivedNodeRef) {
        purgeCalls.merge(archivedNodeRef, 1, Integer::sum);
        if (failing.contains(archivedNodeRef)) {
            throw new IllegalStateException("could not purge " + archivedNodeRef);
        }
        removeTree(archivedNodeRef);
        items.remove(archivedNodeRef);
    }

    private void removeTree(NodeRef ref) {
        childAssocs(ref).forEach(child -> removeTree(child.getChildRef()));
        nodes.remove(ref);
    }

    @Override
    public NodeRef getArchivedNode(NodeRef originalNodeRef) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void purgeArchivedNodes(List<NodeRef> archivedNodes) {
        throw new UnsupportedOperationException("the sweep purges one node at a time");
    }

    @Override
    public void purgeAllArchivedNodes(StoreRef originalStoreRef) {
        throw new UnsupportedOperationException("the sweep never empties the whole trashcan");
    }
}
