package org.gdprretention.platform.sweep;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.proof.RepositoryAuditLog;
import org.springframework.beans.factory.InitializingBean;

/**
 * Writes one audit entry per sweep run, dry ({@code sweep.<name>.dry-run}), refused ({@code sweep.<name>.refused}:
 * stopped by the brake, or by what the run found, such as the live store or another repository's store) or removing
 * ({@code sweep.<name>.removal}), so that the audit log shows what was found and what was removed, when and by whom. Written in its own transaction: the entry must stay even when the sweep's last batch
 * failed, because the batches before it did remove things.
 */
public class SweepAudit implements InitializingBean {

    private RepositoryAuditLog auditLog;
    private TransactionService transactionService;
    private SweepStatusStore statusStore;

    public void setAuditLog(RepositoryAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }

    /** Where each sweep's last result is kept for the REST API; optional (no store, no last results). */
    public void setStatusStore(SweepStatusStore statusStore) {
        this.statusStore = statusStore;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "auditLog", auditLog);
        PropertyCheck.mandatory(this, "transactionService", transactionService);
    }

    /** Audits a run and keeps it as the sweep's last result. */
    public void record(SweepResult result, Instant startedAt) {
        record(result);
        if (statusStore != null) {
            statusStore.recordLast(result.sweep(), result, startedAt, Instant.now());
        }
    }

    public void record(SweepResult result) {
        String actor = AuthenticationUtil.getRunAsUser() == null
                ? AuthenticationUtil.getSystemUserName() : AuthenticationUtil.getRunAsUser();
        String action = "sweep." + result.sweep() + (result.dryRun() ? ".dry-run"
                : result.refused() || result.brake() == SweepResult.Brake.STOPPED ? ".refused" : ".removal");
        Map<String, String> details = new LinkedHashMap<>();
        details.put("scanned", Long.toString(result.scanned()));
        details.put("candidates", Long.toString(result.candidates()));
        details.put("candidateBytes", Long.toString(result.candidateBytes()));
        details.put("fraction", result.fractionText());
        details.put("removed", Long.toString(result.removed()));
        details.put("removedBytes", Long.toString(result.removedBytes()));
        details.put("kept", Long.toString(result.kept()));
        details.put("failed", Long.toString(result.failed()));
        details.put("complete", Boolean.toString(result.complete()));
        if (result.refused()) {
            details.put("refused", "true");
        }
        if (result.brake() != SweepResult.Brake.NOT_REACHED) {
            details.put("brake", result.brake().name().toLowerCase(Locale.ROOT));
        }
        if (!result.problems().isEmpty()) {
            details.put("problems", String.join("; ", result.problems()));
        }
        transactionService.getRetryingTransactionHelper().doInTransaction(() -> {
            auditLog.append(actor, action, result.target(), details);
            return null;
        }, false, true);
    }
}
