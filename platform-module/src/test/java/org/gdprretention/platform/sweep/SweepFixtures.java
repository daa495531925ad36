package org.gdprretention.platform.sweep;

import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.content.cleanup.EagerContentStoreCleaner;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.transaction.TransactionService;
import org.gdprretention.platform.proof.RepositoryAuditLog;
import org.gdprretention.platform.testrepo.FakeTransactions;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * What every sweep test needs: transactions that behave like ACS's where the sweeps depend on it, an eager content
 * store cleaner that deletes a registered binary only when the transaction commits, and an audit log that remembers
 * its entries.
 *
 * <p>Transactions: a callback without {@code requiresNew} inside an open one joins it; a new one commits, or, when
 * the callback throws, restores every {@link Transactional} resource and forgets what was registered with the
 * cleaner. As ACS's {@code RetryingTransactionHelper} does, a callback that failed with a
 * {@link DataIntegrityViolationException} (one of ACS's retry exceptions) is run again, up to three times.
 */
final class SweepFixtures {

    /** Test state that a rolled-back transaction restores. */
    interface Transactional {
        Object snapshot();

        void restore(Object snapshot);
    }

    /** One audit entry as the sweep wrote it. */
    record Entry(String actor, String action, String subject, Map<String, String> details) {
    }

    static final int ATTEMPTS = 3;

    final TransactionService transactionService = mock(TransactionService.class);
    final RepositoryAuditLog auditLog = mock(RepositoryAuditLog.class);
    final EagerContentStoreCleaner cleaner = mock(EagerContentStoreCleaner.class);
    final List<Entry> auditEntries = new ArrayList<>();
    /** Binaries the cleaner deleted: registered in a transaction that then committed. */
    final List<String> binariesDeleted = new ArrayList<>();
    final List<String> transactions = new ArrayList<>();
    final SweepAudit sweepAudit = new SweepAudit();
    private final List<Transactional> resources = new ArrayList<>();
    private final Deque<List<String>> open = new ArrayDeque<>();

    @SuppressWarnings("unchecked")
    SweepFixtures() {
        when(transactionService.getRetryingTransactionHelper()).thenReturn(new Helper());
        when(auditLog.append(anyString(), anyString(), anyString(), anyMap())).thenAnswer(call -> {
            auditEntries.add(new Entry(call.getArgument(0), call.getArgument(1), call.getArgument(2),
                    Map.copyOf((Map<String, String>) call.getArgument(3))));
            return null;
        });
        when(cleaner.registerOrphanedContentUrl(anyString(), anyBoolean())).thenAnswer(call -> {
            if (open.isEmpty()) {
                throw new IllegalStateException("registerOrphanedContentUrl must be called inside a transaction");
            }
            open.peek().add(call.getArgument(0));
            return true;
        });
        sweepAudit.setAuditLog(auditLog);
        sweepAudit.setTransactionService(transactionService);
        sweepAudit.afterPropertiesSet();
    }

    <T extends Transactional> T transactional(T resource) {
        resources.add(resource);
        return resource;
    }

    Entry onlyAuditEntry() {
        if (auditEntries.size() != 1) {
            throw new AssertionError("expected one audit entry, found " + auditEntries);
        }
        return auditEntries.get(0);
    }

    private final class Helper extends RetryingTransactionHelper {
        @Override
        public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly, boolean requiresNew) {
            if (!requiresNew && !open.isEmpty()) {
                return run(cb);
            }
            for (int attempt = 1; ; attempt++) {
                List<Object> before = resources.stream().map(Transactional::snapshot).toList();
                List<String> registered = new ArrayList<>();
                open.push(registered);
                transactions.add(readOnly ? "read-only" : "read-write");
                try {
                    R result = run(cb);
                    open.pop();
                    binariesDeleted.addAll(registered);
                    return result;
                } catch (RuntimeException | Error e) {
                    open.pop();
                    for (int i = 0; i < resources.size(); i++) {
                        resources.get(i).restore(before.get(i));
                    }
                    if (!(e instanceof DataIntegrityViolationException) || attempt == ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }

        private <R> R run(RetryingTransactionCallback<R> cb) {
            return FakeTransactions.execute(cb);
        }
    }
}
