package org.gdprretention.platform.proof;

import java.util.List;
import java.util.Optional;

import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.proof.AuditEntry;
import org.gdprretention.core.proof.AuditHead;
import org.gdprretention.core.proof.AuditLog;
import org.gdprretention.core.proof.AuditProblem;
import org.gdprretention.core.proof.AuditVerification;
import org.gdprretention.platform.proof.AuditLogCheck.Outcome;
import org.springframework.beans.factory.InitializingBean;

/**
 * Checks the hash-chained audit log: each entry against its hash and the one before it, the last one against the
 * head on the Audit Log folder, and, what someone who can rewrite the repository cannot fake, against the newest
 * head in ACS's audit trail. Deleting the last entries and rewriting the folder's head passes the first two checks
 * and fails the third. The engine ({@link AuditLog}) does the comparing; this class only gathers and names.
 */
public class AuditLogVerifier implements InitializingBean {

    private RepositoryAuditLog auditLog;
    private AuditTrail auditTrail;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "auditLog", auditLog);
        PropertyCheck.mandatory(this, "auditTrail", auditTrail);
    }

    /** Reads the log and ACS's record of its head; call inside a transaction. */
    public AuditLogCheck check() {
        // ACS's head first: an append that commits while the log is read then makes the log longer than the
        // recorded head, never shorter, which would look like a cut. A second read catches up with such an
        // append, unless that one is already ahead of what was read of the log.
        AuditHead trailHead = auditTrail.latest().orElse(null);
        RepositoryAuditLog.Contents contents = auditLog.read();
        List<AuditEntry> entries = contents.entries();
        AuditHead repositoryHead = contents.head();
        if (trailHead == null || entries.size() > trailHead.sequence()) {
            AuditHead again = auditTrail.latest().orElse(null);
            if (again != null && again.sequence() <= entries.size()) {
                trailHead = again;
            }
        }

        AuditVerification own = AuditLog.verify(entries, repositoryHead);
        if (!own.valid()) {
            return new AuditLogCheck(Outcome.BROKEN, entryAt(entries, own), own.explanation(), repositoryHead,
                    trailHead);
        }
        if (trailHead != null) {
            AuditVerification trail = AuditLog.verify(entries, trailHead);
            if (!trail.valid() && trail.problem() == AuditProblem.REMOVED) {
                return new AuditLogCheck(Outcome.TAIL_CUT, entries.size() + 1L, "ACS's audit trail recorded entry "
                        + trailHead.sequence() + " as the last one written, but the log ends at entry "
                        + entries.size() + ": entries were cut off its end", repositoryHead, trailHead);
            }
            if (!trail.valid()) {
                return new AuditLogCheck(Outcome.BROKEN, trailHead.sequence(), "entry " + trailHead.sequence()
                        + " differs from the one ACS's audit trail recorded: the log was rewritten from there or "
                        + "earlier", repositoryHead, trailHead);
            }
        }
        long confirmed = trailHead == null ? 0 : trailHead.sequence();
        if (entries.size() > confirmed) {
            return new AuditLogCheck(Outcome.UNCONFIRMED, confirmed + 1, "entries " + (confirmed + 1) + " to "
                    + entries.size() + " are not in ACS's audit trail (is auditing off? audit.enabled, "
                    + "audit.gdpr-retention.enabled): a cut there could not be detected", repositoryHead, trailHead);
        }
        return new AuditLogCheck(Outcome.INTACT, 0, "", repositoryHead, trailHead);
    }

    private static long entryAt(List<AuditEntry> entries, AuditVerification verification) {
        int index = verification.firstBadIndex();
        return index < entries.size() ? entries.get(index).sequence() : entries.size() + 1L;
    }

    public void setAuditLog(RepositoryAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public void setAuditTrail(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }
}
