package org.gdprretention.platform.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.transaction.TransactionService;
import org.gdprretention.platform.proof.RepositoryAuditLog;
import org.junit.jupiter.api.Test;

class SweepAuditTest {

    private final RepositoryAuditLog auditLog = mock(RepositoryAuditLog.class);
    private final List<String> transactions = new ArrayList<>();
    private final List<String> writtenIn = new ArrayList<>();
    private final SweepAudit audit = new SweepAudit();

    SweepAuditTest() {
        TransactionService transactionService = mock(TransactionService.class);
        when(transactionService.getRetryingTransactionHelper()).thenReturn(new RetryingTransactionHelper() {
            @Override
            public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly, boolean requiresNew) {
                transactions.add((readOnly ? "read-only" : "write") + (requiresNew ? ", new" : ", joined"));
                return super.doInTransaction(cb, readOnly, requiresNew);
            }
        });
        when(auditLog.append(anyString(), anyString(), anyString(), anyMap())).thenAnswer(call -> {
            writtenIn.add(transactions.isEmpty() ? "no transaction" : transactions.get(transactions.size() - 1));
            return null;
        });
        audit.setAuditLog(auditLog);
        audit.setTransactionService(transactionService);
        audit.afterPropertiesSet();
    }

    @Test
    void writesOneEntryPerRunInItsOwnTransactionAsTheUserTheSweepRanAs() {
        SweepResult result = new SweepResult("trashcan", "archive://SpacesStore", false, 10, 4, 400, 3, 300, 6, 1,
                true, List.of("1 item(s) could not be purged"));

        AuthenticationUtil.runAsSystem(() -> {
            audit.record(result);
            return null;
        });

        verify(auditLog).append("System", "sweep.trashcan.removal", "archive://SpacesStore",
                Map.of("scanned", "10", "candidates", "4", "candidateBytes", "400", "fraction", "40.0%",
                        "removed", "3", "removedBytes", "300", "kept", "6", "failed", "1", "complete", "true",
                        "problems", "1 item(s) could not be purged"));
        assertThat(writtenIn).containsExactly("write, new");
    }

    @Test
    void aRunTheBrakeStoppedIsAuditedAsRefusedWithTheFraction() {
        audit.record(new SweepResult("trashcan", "archive://SpacesStore", false, 10, 5, 50, 0, 0, 5, 0, false,
                List.of("brake"), SweepResult.Brake.STOPPED));

        verify(auditLog).append(eq("System"), eq("sweep.trashcan.refused"), eq("archive://SpacesStore"),
                org.mockito.ArgumentMatchers.argThat(details -> "50.0%".equals(details.get("fraction"))
                        && "stopped".equals(details.get("brake")) && "0".equals(details.get("removed"))));
    }

    @Test
    void aDryRunIsAuditedAsSuch() {
        audit.record(new SweepResult("deletedContentStore", "/srv/contentstore.deleted", true, 1, 1, 5, 0, 0, 0, 0,
                true, List.of()));

        verify(auditLog).append(eq("System"),
                eq("sweep.deletedContentStore.dry-run"),
                eq("/srv/contentstore.deleted"), anyMap());
    }
}
