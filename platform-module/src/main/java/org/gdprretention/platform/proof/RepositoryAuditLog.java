package org.gdprretention.platform.proof;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.proof.AuditEntry;
import org.gdprretention.core.proof.AuditHead;
import org.gdprretention.core.proof.AuditLog;
import org.gdprretention.core.proof.AuditVerification;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * The hash-chained audit log, kept in the repository as {@code gdpr:auditEntry} nodes under
 * Data Dictionary/GDPR Retention/Audit Log. The engine ({@link AuditLog}) computes and checks the chain; this class
 * only stores it.
 *
 * <p>Appends join the caller's transaction, so an audited change and its entry commit or roll back together. The
 * chain's head (last sequence and hash) lives on the Audit Log folder ({@code gdpr:auditHead}) and is read and
 * rewritten by every append. Two concurrent appends, on one server or on two nodes of a cluster, therefore update
 * the same node: the database lets only one of them commit, and ACS's retrying transaction runs the other again,
 * which then reads the new head. That serialises the chain cluster-wide without a lock of our own.
 */
public class RepositoryAuditLog implements InitializingBean {

    private NodeService nodeService;
    private RetentionFolders folders;
    private Clock clock = Clock.systemUTC();
    private AuditTrail auditTrail;

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setFolders(RetentionFolders folders) {
        this.folders = folders;
    }

    /**
     * ACS's audit trail, where each new head is recorded too, so that a cut at the end of the log shows. Without
     * one (tests of other features) the head is kept on the Audit Log folder only.
     */
    public void setAuditTrail(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    /** For tests; the repository's clock otherwise. */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "folders", folders);
    }

    /**
     * Writes one entry after the current head, in the current transaction (run as the system user: officers need
     * not be able to write to the Data Dictionary, and nobody should be able to write there directly).
     *
     * @param actor   who did it (user name, or the job's name)
     * @param action  what was done, e.g. {@code PURGE}
     * @param subject what it was done to, usually a node reference
     * @param details further facts; keys and values must not be null
     */
    public AuditEntry append(String actor, String action, String subject, Map<String, String> details) {
        return AuthenticationUtil.runAsSystem(() -> appendAsSystem(actor, action, subject, details));
    }

    /** Reads every entry in sequence order and checks the chain and the head against each other. */
    public AuditVerification verify() {
        Contents contents = read();
        return AuditLog.verify(contents.entries(), contents.head());
    }

    /** The head kept on the Audit Log folder: the last entry written, as far as the repository says. */
    public AuditHead head() {
        return read().head();
    }

    /** Every entry in sequence order, and the head kept on the Audit Log folder, read as the system user. */
    public Contents read() {
        return AuthenticationUtil.runAsSystem(() -> {
            Optional<NodeRef> folder = folders.folder(RetentionFolders.AUDIT_LOG_NAME);
            if (folder.isEmpty()) {
                return new Contents(List.of(), AuditHead.EMPTY);
            }
            List<AuditEntry> entries = new ArrayList<>();
            for (ChildAssociationRef child : nodeService.getChildAssocs(folder.get(),
                    Set.of(RetentionModel.TYPE_AUDIT_ENTRY))) {
                NodeRef node = child.getChildRef();
                entries.add(AuditEntryProperties.read(node, nodeService.getProperties(node)));
            }
            entries.sort(Comparator.comparingLong(AuditEntry::sequence));
            return new Contents(List.copyOf(entries), head(folder.get()));
        });
    }

    /** What the repository holds of the log. */
    public record Contents(List<AuditEntry> entries, AuditHead head) {
    }

    private AuditEntry appendAsSystem(String actor, String action, String subject, Map<String, String> details) {
        // the bootstrap creates it; ensured here too for a repository the bootstrap has not reached yet
        NodeRef folder = folders.ensureFolder(RetentionFolders.AUDIT_LOG_NAME);
        AuditHead head = head(folder);
        AuditEntry entry = continuing(folder, head).append(actor, action, subject, details);

        // The head is written before the entry node is created, so that a concurrent append fails on the head
        // node (a retryable conflict) rather than on the entry's name.
        Map<QName, Serializable> headProperties = new HashMap<>();
        headProperties.put(RetentionModel.PROP_AUDIT_HEAD_SEQUENCE, entry.sequence());
        headProperties.put(RetentionModel.PROP_AUDIT_HEAD_HASH, entry.hash());
        if (nodeService.hasAspect(folder, RetentionModel.ASPECT_AUDIT_HEAD)) {
            nodeService.addProperties(folder, headProperties);
        } else {
            nodeService.addAspect(folder, RetentionModel.ASPECT_AUDIT_HEAD, headProperties);
        }

        if (auditTrail != null) {
            auditTrail.record(AuditHead.of(entry));
        }

        String name = AuditEntryProperties.nodeName(entry.sequence());
        nodeService.createNode(folder, ContentModel.ASSOC_CONTAINS,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, name), RetentionModel.TYPE_AUDIT_ENTRY,
                AuditEntryProperties.of(entry));
        return entry;
    }

    private AuditLog continuing(NodeRef folder, AuditHead head) {
        if (head.sequence() == 0) {
            return AuditLog.empty(clock);
        }
        NodeRef last = nodeService.getChildByName(folder, ContentModel.ASSOC_CONTAINS,
                AuditEntryProperties.nodeName(head.sequence()));
        if (last == null) {
            throw new IllegalStateException("Audit entry " + head.sequence() + ", the last one written, is missing"
                    + " from the audit log: entries were removed; nothing more is appended until it is restored");
        }
        AuditEntry lastEntry = AuditEntryProperties.read(last, nodeService.getProperties(last));
        if (!lastEntry.hash().equals(head.hash())) {
            throw new IllegalStateException("Audit entry " + head.sequence() + " has hash '" + lastEntry.hash()
                    + "' but the log head remembers '" + head.hash() + "': the log was rewritten");
        }
        // The engine refuses to continue after an entry whose content no longer matches its hash.
        return AuditLog.continuingAfter(lastEntry, clock);
    }

    private AuditHead head(NodeRef folder) {
        Serializable sequence = nodeService.getProperty(folder, RetentionModel.PROP_AUDIT_HEAD_SEQUENCE);
        Serializable hash = nodeService.getProperty(folder, RetentionModel.PROP_AUDIT_HEAD_HASH);
        if (sequence == null || ((Number) sequence).longValue() == 0) {
            return AuditHead.EMPTY;
        }
        return new AuditHead(((Number) sequence).longValue(), String.valueOf(hash));
    }
}
