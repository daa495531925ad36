package org.gdprretention.platform.testrepo;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport.TxnReadState;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.transaction.TransactionListener;
import org.mockito.MockedStatic;

/**
 * Transactions for tests, with the semantics of ACS the add-on relies on:
 * <ul>
 * <li>a callback either commits or throws; on commit the bound listeners (see
 * {@code AlfrescoTransactionSupport.bindListener}) get {@code beforeCommit} while the transaction is still open
 * (where ACS runs synchronous rules; listeners bound there are called too), then {@code afterCommit} once it is
 * closed, in the committing thread, after which the helper returns. On a throw the repository state is restored
 * and listeners get {@code afterRollback};</li>
 * <li>{@code AlfrescoTransactionSupport.getTransactionReadState()} tells whether a transaction is open; during
 * {@code afterCommit} none is, as in ACS, so a listener may start a new one there;</li>
 * <li>a call without {@code requiresNew} inside an open transaction joins it, and asking for read-write inside a
 * read-only transaction fails as ACS fails it;</li>
 * <li>a new ({@code requiresNew}) transaction while a read-write one is open sees only committed state (the open
 * transaction's changes are invisible to it), and if it is read-write it fails the test with an
 * {@link AssertionError}: in ACS it would wait for row locks its own thread holds, a hang.</li>
 * </ul>
 * There is no retry.
 *
 * <p>Use in try-with-resources: {@link #close()} removes the static stub of {@link AlfrescoTransactionSupport}.
 */
public final class FakeTransactions implements AutoCloseable {

    private final InMemoryNodes repository;
    private final Deque<Transaction> open = new ArrayDeque<>();
    private final List<String> events = new ArrayList<>();
    private final MockedStatic<AlfrescoTransactionSupport> support;
    private final TransactionService transactionService = mock(TransactionService.class);

    public FakeTransactions(InMemoryNodes repository) {
        this.repository = repository;
        support = mockStatic(AlfrescoTransactionSupport.class);
        support.when(() -> AlfrescoTransactionSupport.bindListener(any(TransactionListener.class)))
                .thenAnswer(invocation -> {
                    if (open.isEmpty()) {
                        throw new IllegalStateException("bindListener called outside a transaction");
                    }
                    open.peek().listeners.add(invocation.getArgument(0));
                    return null;
                });
        support.when(AlfrescoTransactionSupport::getTransactionReadState).thenAnswer(invocation -> open.isEmpty()
                ? TxnReadState.TXN_NONE
                : open.peek().readOnly ? TxnReadState.TXN_READ_ONLY : TxnReadState.TXN_READ_WRITE);
        when(transactionService.getRetryingTransactionHelper()).thenReturn(new Helper());
    }

    public TransactionService transactionService() {
        return transactionService;
    }

    /** "begin read-only", "begin read-write", "commit", "rollback", in order. */
    public List<String> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        support.close();
    }

    private final class Helper extends RetryingTransactionHelper {
        @Override
        public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly, boolean requiresNew) {
            if (!requiresNew && !open.isEmpty()) {
                if (open.peek().readOnly && !readOnly) {
                    throw new AlfrescoRuntimeException("Read-Write transaction started within read-only transaction");
                }
                return run(cb);
            }
            Transaction outer = openReadWrite();
            if (outer == null) {
                return inNewTransaction(cb, readOnly);
            }
            if (!readOnly) {
                throw new AssertionError("A new read-write transaction was started while a read-write transaction"
                        + " is open in the same thread: in ACS it cannot see that transaction's changes and waits"
                        + " for the locks that transaction holds (a hang). Join it, or run after it commits.");
            }
            // A new read-only transaction sees what is committed, not what the open one changed so far.
            Object uncommitted = repository.snapshot();
            repository.restore(outer.before);
            try {
                return inNewTransaction(cb, true);
            } finally {
                repository.restore(uncommitted);
            }
        }

        private <R> R inNewTransaction(RetryingTransactionCallback<R> cb, boolean readOnly) {
            Transaction transaction = new Transaction(repository.snapshot(), readOnly);
            open.push(transaction);
            events.add(readOnly ? "begin read-only" : "begin read-write");
            R result;
            try {
                result = run(cb);
                beforeCommit(transaction);
            } catch (RuntimeException | Error e) {
                open.pop();
                repository.restore(transaction.before);
                events.add("rollback");
                transaction.listeners.forEach(TransactionListener::afterRollback);
                throw e;
            }
            open.pop();
            events.add("commit");
            // ACS keeps a transaction's listeners in a HashSet: not in bind order. Reversed here, so that code relying
            // on bind order fails as it may in ACS.
            List<TransactionListener> afterCommit = new ArrayList<>(transaction.listeners);
            java.util.Collections.reverse(afterCommit);
            afterCommit.forEach(TransactionListener::afterCommit);
            return result;
        }

        /** As ACS: every listener gets beforeCommit once, also those bound by another listener's beforeCommit. */
        private void beforeCommit(Transaction transaction) {
            Set<TransactionListener> done = new HashSet<>();
            List<TransactionListener> pending;
            while (!(pending = transaction.listeners.stream().filter(listener -> !done.contains(listener)).toList())
                    .isEmpty()) {
                for (TransactionListener listener : pending) {
                    done.add(listener);
                    listener.beforeCommit(transaction.readOnly);
                }
            }
        }

        /** The outermost open read-write transaction, whose start is the committed state; null if none. */
        private Transaction openReadWrite() {
            for (Iterator<Transaction> outermostFirst = open.descendingIterator(); outermostFirst.hasNext(); ) {
                Transaction transaction = outermostFirst.next();
                if (!transaction.readOnly) {
                    return transaction;
                }
            }
            return null;
        }

        private <R> R run(RetryingTransactionCallback<R> cb) {
            return execute(cb);
        }
    }

    /** Runs a transaction's callback as ACS's helper does: unchecked exceptions as they are, checked ones wrapped. */
    public static <R> R execute(RetryingTransactionHelper.RetryingTransactionCallback<R> cb) {
        try {
            return cb.execute();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new AlfrescoRuntimeException("Exception from transactional callback: " + cb, e);
        }
    }

    private static final class Transaction {
        final Object before;
        final boolean readOnly;
        final List<TransactionListener> listeners = new ArrayList<>();

        Transaction(Object before, boolean readOnly) {
            this.before = before;
            this.readOnly = readOnly;
        }
    }
}
