package org.gdprretention.platform.sweep;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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

import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.archive.NodeArchiveService;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.model.RetentionModel;

/**
 * A trashcan that behaves like ACS's: its items found by the archive-store query in pages, a purged item gone from
 * the result, its properties readable through a NodeService until then. Remembers every purge call, and can be told to fail one.
 */
final class FakeTrashcan implements NodeArchiveService {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final NodeRef ARCHIVE_ROOT = new NodeRef(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE, "archive-root");

    private record Item(Instant archivedAt, LocalDate expiry, long size) {
    }

    private final Map<NodeRef, Item> items = new LinkedHashMap<>();
    private final Set<NodeRef> held = new HashSet<>();
    private final Set<NodeRef> failing = new HashSet<>();
    final Map<NodeRef, Integer> purgeCalls = new HashMap<>();
    final List<Integer> skipCountsAsked = new ArrayList<>();
    final List<String> listedAs = new ArrayList<>();
    final NodeService nodeService = mock(NodeService.class);
    boolean hasArchiveStore = true;

    final SearchService searchService = mock(SearchService.class);

    FakeTrashcan() {
        when(searchService.query(any(SearchParameters.class))).thenAnswer(call -> search(call.getArgument(0)));
        when(nodeService.exists(any(NodeRef.class))).thenAnswer(call -> items.containsKey(call.getArgument(0)));
        when(nodeService.hasAspect(any(NodeRef.class), any(QName.class))).thenAnswer(call ->
                RetentionModel.ASPECT_LEGAL_HOLD.equals(call.getArgument(1)) && held.contains(call.getArgument(0)));
        when(nodeService.getProperty(any(NodeRef.class), any(QName.class))).thenAnswer(call ->
                property(call.getArgument(0), call.getArgument(1)));
    }

    NodeRef add(String id, Instant archivedAt, LocalDate expiry, long size) {
        NodeRef node = new NodeRef(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE, id);
        items.put(node, new Item(archivedAt, expiry, size));
        return node;
    }

    void hold(NodeRef node) {
        held.add(node);
    }

    void failPurgeOf(NodeRef node) {
        failing.add(node);
    }

    Set<NodeRef> remaining() {
        return Set.copyOf(items.keySet());
    }

    /** The trashcan's items in database-id (here: insertion) order, one page of them. */
    private ResultSet search(SearchParameters parameters) {
        if (!"ASPECT:\"sys:archived\"".equals(parameters.getQuery())
                || !parameters.getStores().equals(List.of(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE))) {
            throw new AssertionError("the sweep must query the archive store's archived items, not "
                    + parameters.getQuery() + " in " + parameters.getStores());
        }
        listedAs.add(AuthenticationUtil.getRunAsUser());
        skipCountsAsked.add(parameters.getSkipCount());
        List<NodeRef> all = new ArrayList<>(items.keySet());
        int from = Math.min(all.size(), parameters.getSkipCount());
        int to = Math.min(all.size(), from + parameters.getMaxItems());
        ResultSet results = mock(ResultSet.class);
        when(results.getNodeRefs()).thenReturn(List.copyOf(all.subList(from, to)));
        return results;
    }

    private Serializable property(NodeRef node, QName name) {
        Item item = items.get(node);
        if (item == null) {
            return null;
        }
        if (ContentModel.PROP_ARCHIVED_DATE.equals(name)) {
            return item.archivedAt() == null ? null : Date.from(item.archivedAt());
        }
        if (RetentionModel.PROP_EXPIRY_DATE.equals(name)) {
            return item.expiry() == null ? null : Date.from(item.expiry().atStartOfDay(ZONE).toInstant());
        }
        if (ContentModel.PROP_CONTENT.equals(name)) {
            return new ContentData("store://2025/1/1/0/0/" + node.getId() + ".bin", "text/plain", item.size(), "UTF-8");
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
        items.remove(archivedNodeRef);
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
