package org.gdprretention.platform.batch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks a {@link KeyedQuery} page by page: each page starts at the last key handed out. The database orders rows
 * with equal keys as it likes, so the nodes already handed out at that last key are remembered and left out (and the
 * page asks for that many more rows); memory grows with the number of nodes sharing one key, not with the results.
 * Nodes deleted or changed between pages do not shift later pages, as skipping would.
 *
 * <p>Call {@link #next()} inside a read transaction; its state changes only when it returns, so a retried
 * transaction reads the same page again.
 */
public final class KeyedPager {

    private static final Logger LOGGER = LoggerFactory.getLogger(KeyedPager.class);

    private final SearchService searchService;
    private final NodeService nodeService;
    private final KeyedQuery query;
    private final int pageSize;
    private Date lastKey;
    private Set<NodeRef> handedOutAtLastKey = Set.of();
    private boolean exhausted;

    public KeyedPager(SearchService searchService, NodeService nodeService, KeyedQuery query, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("Invalid pageSize '" + pageSize + "': must be at least 1");
        }
        this.searchService = searchService;
        this.nodeService = nodeService;
        this.query = query;
        this.pageSize = pageSize;
    }

    /** The next page, in key order; empty once the results are done. */
    public synchronized List<NodeRef> next() {
        if (exhausted) {
            return List.of();
        }
        int window = pageSize + handedOutAtLastKey.size();
        List<NodeRef> rows = rows(window);
        List<NodeRef> page = new ArrayList<>();
        Date key = lastKey;
        Set<NodeRef> atKey = new HashSet<>(handedOutAtLastKey);
        for (NodeRef node : rows) {
            if (page.size() == pageSize) {
                break;
            }
            Serializable value = nodeService.getProperty(node, query.keyProperty());
            if (!(value instanceof Date rowKey)) {
                LOGGER.warn("Skipping {}: it has no {} to page by", node, query.keyProperty());
                continue;
            }
            if (lastKey != null && (rowKey.before(lastKey) || rowKey.equals(lastKey) && handedOutAtLastKey.contains(node))) {
                continue;
            }
            if (!rowKey.equals(key)) {
                key = rowKey;
                atKey = new HashSet<>();
            }
            atKey.add(node);
            page.add(node);
        }
        exhausted = rows.size() < window;
        lastKey = key;
        handedOutAtLastKey = atKey;
        return page;
    }

    /** Whether the last page was the end of the results. */
    public synchronized boolean exhausted() {
        return exhausted;
    }

    private List<NodeRef> rows(int window) {
        ResultSet results = searchService.query(query.page(lastKey, window));
        try {
            return List.copyOf(results.getNodeRefs());
        } finally {
            results.close();
        }
    }
}
