package org.gdprretention.platform.sweep;

import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.transaction.TransactionService;
import org.gdprretention.platform.proof.RepositoryAuditLog;

/** What every sweep test needs: transactions that just run, and an audit log that remembers its entries. */
final class SweepFixtures {

    /** One audit entry as the sweep wrote it. */
    record Entry(String actor, String action, String subject, Map<String, String> details) {
    }

    final TransactionService transactionService = mock(TransactionService.class);
    final RepositoryAuditLog auditLog = mock(RepositoryAuditLog.class);
    final List<Entry> auditEntries = new ArrayList<>();
    final SweepAudit sweepAudit = new SweepAudit();

    @SuppressWarnings("unchecked")
    SweepFixtures() {
        when(transactionService.getRetryingTransactionHelper()).thenReturn(new RetryingTransactionHelper());
        when(auditLog.append(anyString(), anyString(), anyString(), anyMap())).thenAnswer(call -> {
            auditEntries.add(new Entry(call.getArgument(0), call.getArgument(1), call.getArgument(2),
                    Map.copyOf((Map<String, String>) call.getArgument(3))));
            return null;
        });
        sweepAudit.setAuditLog(auditLog);
        sweepAudit.setTransactionService(transactionService);
        sweepAudit.afterPropertiesSet();
    }

    Entry onlyAuditEntry() {
        if (auditEntries.size() != 1) {
            throw new AssertionError("expected one audit entry, found " + auditEntries);
        }
        return auditEntries.get(0);
    }
}
