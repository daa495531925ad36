package org.gdprretention.platform.expiry;

import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;

/**
 * The searches that find documents to recompute. Pages are sorted by database id, so that paging by skip count
 * is stable while the run rewrites the documents (recomputing never changes what a query matches).
 */
public final class RetainableDocumentQueries {

    static final String SORT_FIELD = "@sys:node-dbid";

    private RetainableDocumentQueries() {
    }

    /**
     * Documents of one retention type. Aspect and exact property match are both answered by the database
     * (transactional metadata query), so documents created moments ago are found too.
     */
    public static SearchParameters ofType(String code) {
        return parameters("ASPECT:\"gdpr:retainable\" AND =gdpr:retentionType:\"" + escape(code) + "\"",
                QueryConsistency.TRANSACTIONAL_IF_POSSIBLE);
    }

    private static SearchParameters parameters(String query, QueryConsistency consistency) {
        SearchParameters parameters = new SearchParameters();
        parameters.setLanguage(SearchService.LANGUAGE_FTS_ALFRESCO);
        parameters.setQuery(query);
        parameters.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        parameters.setQueryConsistency(consistency);
        parameters.addSort(SORT_FIELD, true);
        return parameters;
    }

    // Codes are [A-Z0-9_], but a query is never built from unescaped text.
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
