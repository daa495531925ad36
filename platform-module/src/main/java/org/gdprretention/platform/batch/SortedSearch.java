package org.gdprretention.platform.batch;

import java.util.List;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;

/**
 * The one way the module pages through search results. Pages are sorted by database id, so paging by skip count
 * is stable while a run rewrites the documents it reads; the database answers where it can (transactional metadata
 * query), so nodes created moments ago are found too.
 */
public final class SortedSearch {

    static final String SORT_FIELD = "@sys:node-dbid";

    private SortedSearch() {
    }

    /** An FTS query on {@code store}, database-consistent where possible, sorted by database id. */
    public static SearchParameters fts(StoreRef store, String query) {
        SearchParameters parameters = new SearchParameters();
        parameters.setLanguage(SearchService.LANGUAGE_FTS_ALFRESCO);
        parameters.setQuery(query);
        parameters.addStore(store);
        parameters.setQueryConsistency(QueryConsistency.TRANSACTIONAL_IF_POSSIBLE);
        parameters.addSort(SORT_FIELD, true);
        return parameters;
    }

    /** Runs one page of {@code parameters} and returns its nodes; the result set is always closed. */
    public static List<NodeRef> page(SearchService searchService, SearchParameters parameters, int skip, int max) {
        parameters.setSkipCount(skip);
        parameters.setMaxItems(max);
        ResultSet results = searchService.query(parameters);
        try {
            return List.copyOf(results.getNodeRefs());
        } finally {
            results.close();
        }
    }
}
