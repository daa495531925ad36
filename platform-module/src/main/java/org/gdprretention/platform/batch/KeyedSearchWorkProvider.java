package org.gdprretention.platform.batch;

import java.util.Collection;
import org.alfresco.repo.batch.BatchProcessWorkProvider;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Hands a BatchProcessor the results of a {@link KeyedQuery} one page at a time, so memory stays flat however many
 * documents match. Each page is read as the system user in its own read-only transaction.
 */
public class KeyedSearchWorkProvider implements BatchProcessWorkProvider<NodeRef> {

    private final KeyedPager pager;
    private final RetryingTransactionHelper transactionHelper;

    public KeyedSearchWorkProvider(KeyedPager pager, RetryingTransactionHelper transactionHelper) {
        this.pager = pager;
        this.transactionHelper = transactionHelper;
    }

    @Override
    public Collection<NodeRef> getNextWork() {
        // BatchProcessor calls this outside any caller's transaction: runs start after the change committed.
        return AuthenticationUtil.runAsSystem(
                () -> transactionHelper.doInTransaction(pager::next, true, true)); // acs-lint: ok: no outer transaction
    }

    /** Whether every page has been handed out: false for a run that ended early. */
    public boolean exhausted() {
        return pager.exhausted();
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
