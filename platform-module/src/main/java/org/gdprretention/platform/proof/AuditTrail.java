package org.gdprretention.platform.proof;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.service.cmr.audit.AuditQueryParameters;
import org.alfresco.service.cmr.audit.AuditService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.proof.AuditHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * The audit log's head as recorded in ACS's own audit trail (application {@value #APPLICATION_NAME}, declared in
 * {@code audit/gdpr-retention-audit.xml}). ACS keeps that trail in its own tables, apart from the repository's
 * nodes, so a person who can delete audit entries and rewrite the head on the Audit Log folder still cannot make
 * ACS's record of the head go back.
 *
 * <p>Written through the lower-case {@code auditComponent}: the public AuditService is admin-only and has no method
 * to record values. The user filter is bypassed on purpose: ACS's default filter drops values recorded by the
 * system user, and appends run as the system user.
 */
public class AuditTrail implements InitializingBean {

    static final String APPLICATION_NAME = "GDPR Retention";
    static final String ROOT_PATH = "/gdpr-retention/head";
    static final String SEQUENCE_KEY = "sequence";
    static final String HASH_KEY = "hash";
    /** Where ACS stores the values of the audit paths above: the application's paths plus the RecordValue key. */
    static final String SEQUENCE_VALUE_PATH = ROOT_PATH + "/" + SEQUENCE_KEY + "/value";
    static final String HASH_VALUE_PATH = ROOT_PATH + "/" + HASH_KEY + "/value";

    private static final Logger LOGGER = LoggerFactory.getLogger(AuditTrail.class);

    private AuditComponent auditComponent;

    public void setAuditComponent(AuditComponent auditComponent) {
        this.auditComponent = auditComponent;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "auditComponent", auditComponent);
    }

    /** Records {@code head} in the current transaction: it commits or rolls back with the entry it belongs to. */
    void record(AuditHead head) {
        Map<String, Serializable> values = new HashMap<>();
        values.put(SEQUENCE_KEY, head.sequence());
        values.put(HASH_KEY, head.hash());
        Map<String, Serializable> recorded = auditComponent.recordAuditValuesWithUserFilter(ROOT_PATH, values, false);
        if (recorded == null || recorded.isEmpty()) {
            // ACS records nothing while auditing is off; the log still works, but its tail cannot be confirmed.
            LOGGER.warn("ACS did not record audit log head {} in its audit trail: auditing is off (audit.enabled or "
                    + "audit.gdpr-retention.enabled), so a cut at the end of the log cannot be detected", head);
        }
    }

    /** The newest head ACS recorded, or empty when it recorded none. */
    public Optional<AuditHead> latest() {
        AuditQueryParameters parameters = new AuditQueryParameters();
        parameters.setApplicationName(APPLICATION_NAME);
        parameters.setForward(false);
        NewestHead newest = new NewestHead();
        auditComponent.auditQuery(newest, parameters, 1);
        if (newest.error != null) {
            throw new IllegalStateException("Cannot read the audit log head from ACS's audit trail: " + newest.error);
        }
        return Optional.ofNullable(newest.head);
    }

    private static final class NewestHead implements AuditService.AuditQueryCallback {
        private AuditHead head;
        private String error;

        @Override
        public boolean valuesRequired() {
            return true;
        }

        @Override
        public boolean handleAuditEntry(Long entryId, String applicationName, String user, long time,
                Map<String, Serializable> values) {
            Serializable sequence = values.get(SEQUENCE_VALUE_PATH);
            Serializable hash = values.get(HASH_VALUE_PATH);
            if (!(sequence instanceof Number) || hash == null) {
                error = "entry " + entryId + " holds no head (" + values + ")";
                return false;
            }
            head = new AuditHead(((Number) sequence).longValue(), hash.toString());
            return false;
        }

        @Override
        public boolean handleAuditEntryError(Long entryId, String errorMsg, Throwable error) {
            this.error = "entry " + entryId + ": " + errorMsg;
            return false;
        }
    }
}
