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
import org.alfresco.query.PagingRequest;
import org.alfresco.query.PagingResults;
import org.alfresco.repo.node.archive.ArchivedNodesCannedQueryBuilder;
import org.alfresco.repo.node.archive.NodeArchiveService;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.Pair;
import org.gdprretention.platform.model.RetentionModel;

/**
 * A trashcan that behaves like ACS's: items listed oldest first in pages, a purged item gone from the list, its
 * properties readable through a NodeService until then. Remembers every purge call, and can be told to fail one.
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

    FakeTrashcan() {
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
    public PagingResults<NodeRef> listArchivedNodes(ArchivedNodesCannedQueryBuilder builder) {
        if (!ARCHIVE_ROOT.equals(builder.getArchiveRootNodeRef()) || !builder.getSortOrderAscending()) {
            throw new AssertionError("the sweep must list the archive root oldest first");
        }
        listedAs.add(AuthenticationUtil.getRunAsUser());
        PagingRequest paging = builder.getPagingRequest();
        skipCountsAsked.add(paging.getSkipCount());
        List<NodeRef> all = new ArrayList<>(items.keySet());
        int from = Math.min(all.size(), paging.getSkipCount());
        int to = Math.min(all.size(), from + paging.getMaxItems());
        List<NodeRef> page = List.copyOf(all.subList(from, to));
        boolean more = to < all.size();
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
