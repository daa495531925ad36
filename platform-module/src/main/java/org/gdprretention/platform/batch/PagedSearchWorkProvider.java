package org.gdprretention.platform.batch;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.alfresco.repo.batch.BatchProcessWorkProvider;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;

/**
 * Hands a BatchProcessor the results of a search one page at a time, so memory stays flat however many documents
 * match. Each page is read as the system user in its own read-only transaction.
 */
public class PagedSearchWorkProvider implements BatchProcessWorkProvider<NodeRef> {

    private final SearchService searchService;
    private final RetryingTransactionHelper transactionHelper;
    private final Supplier<SearchParameters> query;
    private final int pageSize;
    private int skipCount;
    private boolean exhausted;

    public PagedSearchWorkProvider(SearchService searchService, RetryingTransactionHelper transactionHelper,
            Supplier<SearchParameters> query, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("Invalid pageSize '" + pageSize + "': must be at least 1");
        }
        this.searchService = searchService;
        this.transactionHelper = transactionHelper;
        this.query = query;
        this.pageSize = pageSize;
    }

    @Override
    public synchronized Collection<NodeRef> getNextWork() {
        if (exhausted) {
            return List.of();
        }
        List<NodeRef> page = AuthenticationUtil.runAsSystem(
                () -> transactionHelper.doInTransaction(this::readPage, true, true));
        skipCount += page.size();
        exhausted = page.size() < pageSize;
        return page;
    }

    private List<NodeRef> readPage() {
        return SortedSearch.page(searchService, query.get(), skipCount, pageSize);
    }

    // The total is unknown until the last page; BatchProcessor only uses it for progress messages.
    @Override
    @Deprecated
    public int getTotalEstimatedWorkSize() {
        return -1;
    }

    @Override
    public long getTotalEstimatedWorkSizeLong() {
        return -1;
    }
}
