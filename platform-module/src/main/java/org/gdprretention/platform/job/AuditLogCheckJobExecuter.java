package org.gdprretention.platform.job;

import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.job.control.StopSignal;
import org.gdprretention.platform.proof.AuditLogCheck;
import org.gdprretention.platform.proof.AuditLogVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the audit log on schedule ({@code gdpr-retention.job.auditLogCheck.*}) against itself and ACS's audit
 * trail, and mails the GDPR officers when it is not intact. It only reads, so it is on by default.
 */
public class AuditLogCheckJobExecuter extends LockedJobExecuter {

    private static final Logger LOGGER = LoggerFactory.getLogger(AuditLogCheckJobExecuter.class);

    private AuditLogVerifier verifier;
    private ActionService actionService;
    private TransactionService transactionService;
    private boolean enabled = true;

    @Override
    protected void checkProperties() {
        PropertyCheck.mandatory(this, "verifier", verifier);
        PropertyCheck.mandatory(this, "actionService", actionService);
        PropertyCheck.mandatory(this, "transactionService", transactionService);
    }

    @Override
    public String jobName() {
        return "auditLogCheck";
    }

    @Override
    protected String runLocked(StopSignal stop) {
        if (!enabled) {
            return "off (gdpr-retention.job.auditLogCheck.enabled=false)";
        }
        AuditLogCheck check = transactionService.getRetryingTransactionHelper()
                .doInTransaction(verifier::check, true, false);
        if (check.intact()) {
            LOGGER.info("Audit log check: intact up to {}", check.repositoryHead());
            return "intact, " + check.repositoryHead().sequence() + " entries";
        }
        LOGGER.error("Audit log check: {} from entry {}: {}", check.outcome(), check.entry(), check.explanation());
        transactionService.getRetryingTransactionHelper().doInTransaction(() -> {
            actionService.executeAction(OfficerNotification.auditProblem(actionService, check), null);
            return null;
        }, false, false);
        return check.outcome() + " from entry " + check.entry() + ": " + check.explanation();
    }

    public void setVerifier(AuditLogVerifier verifier) {
        this.verifier = verifier;
    }

    public void setActionService(ActionService actionService) {
        this.actionService = actionService;
    }

    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
