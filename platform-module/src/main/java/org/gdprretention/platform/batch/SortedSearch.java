package org.gdprretention.platform.batch;

import java.util.List;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;

/**
 * Skip-count paging over an FTS query, left only for the trashcan sweep's listing of the archive store until that
 * listing moves to {@code NodeArchiveService.listArchivedNodes}; delete this class then. Do not use it for anything
 * new: in the database query the database-id sort has no effect and skipped rows count against the permission-check
 * limit. Documents are paged with {@link KeyedQuery} and {@link KeyedPager}.
 */
@Deprecated
public final class SortedSearch {

    static final String SORT_FIELD = "@sys:node-dbid"; // acs-lint: ok: trashcan listing only, see the class comment

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
        // Without this the database query stops after 1,000 permission checks, skipped rows included.
        parameters.setMaxPermissionChecks(Integer.MAX_VALUE);
        return parameters;
    }

    /** Runs one page of {@code parameters} and returns its nodes; the result set is always closed. */
    public static List<NodeRef> page(SearchService searchService, SearchParameters parameters, int skip, int max) {
        parameters.setSkipCount(skip); // acs-lint: ok: trashcan listing only, see the class comment
        parameters.setMaxItems(max);
        ResultSet results = searchService.query(parameters);
        try {
            return List.copyOf(results.getNodeRefs());
        } finally {
            results.close();
        }
    }
}
