package org.gdprretention.platform.proof;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.proof.AuditEntry;
import org.gdprretention.platform.model.RetentionModel;

/** Maps an engine {@link AuditEntry} to the properties of a {@code gdpr:auditEntry} node and back. */
final class AuditEntryProperties {

    private AuditEntryProperties() {
    }

    /** Zero-padded so that the folder lists entries in sequence order by name as well. */
    static String nodeName(long sequence) {
        return String.format("entry-%019d", sequence);
    }

    static Map<QName, Serializable> of(AuditEntry entry) {
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(ContentModel.PROP_NAME, nodeName(entry.sequence()));
        properties.put(RetentionModel.PROP_AUDIT_SEQUENCE, entry.sequence());
        properties.put(RetentionModel.PROP_AUDIT_TIME, Date.from(entry.time()));
        properties.put(RetentionModel.PROP_AUDIT_ACTOR, entry.actor());
        properties.put(RetentionModel.PROP_AUDIT_ACTION, entry.action());
        properties.put(RetentionModel.PROP_AUDIT_SUBJECT, entry.subject());
        properties.put(RetentionModel.PROP_AUDIT_DETAILS, AuditDetailsJson.write(entry.details()));
        properties.put(RetentionModel.PROP_AUDIT_PREVIOUS_HASH, entry.previousHash());
        properties.put(RetentionModel.PROP_AUDIT_HASH, entry.hash());
        return properties;
    }

    /**
     * Reads an entry back exactly as stored, even when it was altered: the engine's verification, not this
     * mapping, decides whether it is genuine. Only a node that lacks what every entry has is refused here.
     */
    static AuditEntry read(NodeRef node, Map<QName, Serializable> properties) {
        Serializable sequence = properties.get(RetentionModel.PROP_AUDIT_SEQUENCE);
        Serializable time = properties.get(RetentionModel.PROP_AUDIT_TIME);
        if (!(sequence instanceof Number) || !(time instanceof Date)) {
            throw new IllegalStateException("Audit entry node " + node + " has no sequence or time (sequence '"
                    + sequence + "', time '" + time + "'): it was not written by the audit log");
        }
        return new AuditEntry(((Number) sequence).longValue(), Instant.ofEpochMilli(((Date) time).getTime()),
                text(properties, RetentionModel.PROP_AUDIT_ACTOR), text(properties, RetentionModel.PROP_AUDIT_ACTION),
                text(properties, RetentionModel.PROP_AUDIT_SUBJECT),
                AuditDetailsJson.read(text(properties, RetentionModel.PROP_AUDIT_DETAILS)),
                text(properties, RetentionModel.PROP_AUDIT_PREVIOUS_HASH), text(properties, RetentionModel.PROP_AUDIT_HASH));
    }

    private static String text(Map<QName, Serializable> properties, QName name) {
        Serializable value = properties.get(name);
        return value == null ? null : value.toString();
    }
}
