package org.gdprretention.platform.testrepo;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.transaction.TransactionListener;
import org.mockito.MockedStatic;

/**
 * Transactions for tests, with the semantics the add-on relies on: a callback either commits (listeners bound with
 * {@code AlfrescoTransactionSupport.bindListener} then get {@code afterCommit}, in the committing thread, after
 * which the helper returns) or throws (the repository state is restored and listeners get {@code afterRollback}).
 * A call without {@code requiresNew} inside an open transaction joins it. There is no retry.
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
                return run(cb);
            }
            Transaction transaction = new Transaction(repository.snapshot());
            open.push(transaction);
            events.add(readOnly ? "begin read-only" : "begin read-write");
            R result;
            try {
                result = run(cb);
            } catch (RuntimeException | Error e) {
                open.pop();
                repository.restore(transaction.before);
                events.add("rollback");
                transaction.listeners.forEach(TransactionListener::afterRollback);
                throw e;
            }
            open.pop();
            events.add("commit");
            transaction.listeners.forEach(TransactionListener::afterCommit);
            return result;
        }

        private <R> R run(RetryingTransactionCallback<R> cb) {
            try {
                return cb.execute();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new AlfrescoRuntimeException("Exception from transactional callback: " + cb, e);
            }
        }
    }

    private static final class Transaction {
        final Object before;
        final List<TransactionListener> listeners = new ArrayList<>();

        Transaction(Object before) {
            this.before = before;
        }
    }
}
