package org.gdprretention.platform.testsupport;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mockStatic;

import java.util.ArrayList;
import java.util.List;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.util.transaction.TransactionListener;
import org.mockito.MockedStatic;

/**
 * The listeners of one transaction, for tests that drive behaviours by hand: {@code AlfrescoTransactionSupport
 * .bindListener} collects them and {@link #commit()} calls them as ACS does at commit. ACS keeps them in a
 * {@code HashSet} ({@code TransactionSupportUtil}), so their order is not the order they were bound in; this double
 * calls them in the reverse of that order, so code that relies on bind order fails here as it may in ACS.
 *
 * <p>Use in try-with-resources: {@link #close()} removes the static stub.
 */
public final class CommitListeners implements AutoCloseable {

    private final MockedStatic<AlfrescoTransactionSupport> support = mockStatic(AlfrescoTransactionSupport.class);
    private final List<TransactionListener> bound = new ArrayList<>();

    public CommitListeners() {
        support.when(() -> AlfrescoTransactionSupport.bindListener(any(TransactionListener.class)))
                .thenAnswer(invocation -> {
                    TransactionListener listener = invocation.getArgument(0);
                    // a set: binding the same listener twice keeps one
                    if (!bound.contains(listener)) {
                        bound.add(listener);
                    }
                    return null;
                });
    }

    /** How many listeners are bound and not yet committed. */
    public int bound() {
        return bound.size();
    }

    /** beforeCommit, then afterCommit, on every bound listener, in the reverse of the order they were bound in. */
    public void commit() {
        List<TransactionListener> listeners = new ArrayList<>(bound);
        bound.clear();
        java.util.Collections.reverse(listeners);
        listeners.forEach(listener -> listener.beforeCommit(false));
        listeners.forEach(TransactionListener::afterCommit);
    }

    /** afterRollback on every bound listener, as ACS does when the transaction rolls back (or is retried). */
    public void rollback() {
        List<TransactionListener> listeners = new ArrayList<>(bound);
        bound.clear();
        listeners.forEach(TransactionListener::afterRollback);
    }

    @Override
    public void close() {
        support.close();
    }
}
