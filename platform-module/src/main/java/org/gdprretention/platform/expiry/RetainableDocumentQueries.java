package org.gdprretention.platform.expiry;

import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.SearchParameters;
import org.gdprretention.platform.batch.SortedSearch;

/**
 * The searches that find documents to recompute (paged through {@link SortedSearch}; recomputing never changes
 * what a query matches).
 */
public final class RetainableDocumentQueries {

    private RetainableDocumentQueries() {
    }

    /**
     * Documents of one retention type. Aspect and exact property match are both answered by the database
     * (transactional metadata query), so documents created moments ago are found too.
     */
    public static SearchParameters ofType(String code) {
        return SortedSearch.fts(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE,
                "ASPECT:\"gdpr:retainable\" AND =gdpr:retentionType:\"" + escape(code) + "\"");
    }

    // Codes are [A-Z0-9_], but a query is never built from unescaped text.
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
