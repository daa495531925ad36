package org.gdprretention.platform.proof;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.proof.DisposalRecord;
import org.gdprretention.core.proof.RemovedBinary;
import org.gdprretention.core.proof.RetainedBinary;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.config.RetentionEngineFactory;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * Stores the engine's {@link DisposalRecord} as a {@code gdpr:disposalRecord} node under
 * Data Dictionary/GDPR Retention/Disposals, in the caller's transaction.
 *
 * <p>Each document has at most one record, named after the document's node id. Writing a second record for a
 * document fails and changes nothing: a record is proof, and nothing may overwrite proof (a purge run again finds
 * the document gone and writes nothing). The repository's unique-name rule backs that up even if two purges of one
 * document raced. {@link #contentHash} gives the hash of a record's content that the purge's audit entries carry,
 * so the hash chain covers the record, its binary list and its hashes included.
 */
public class DisposalRecordWriter implements InitializingBean {

    private static final String FIELD_SEPARATOR = "|";
    /** Every property a record is made of, in the order its content hash takes them. */
    private static final List<QName> RECORD_PROPERTIES = List.of(RetentionModel.PROP_DISPOSED_DOCUMENT_ID,
            RetentionModel.PROP_DISPOSED_NAME, RetentionModel.PROP_DISPOSED_PATH, RetentionModel.PROP_DISPOSED_TEMPLATE,
            RetentionModel.PROP_DISPOSED_RETENTION_TYPE, RetentionModel.PROP_DISPOSED_CATEGORY,
            RetentionModel.PROP_DISPOSED_START, RetentionModel.PROP_DISPOSED_EXPIRY, RetentionModel.PROP_PURGED_AT,
            RetentionModel.PROP_PURGED_BY, RetentionModel.PROP_DISPOSAL_REASON, RetentionModel.PROP_DISPOSAL_FORCED,
            RetentionModel.PROP_BINARIES_REMOVED, RetentionModel.PROP_BINARIES_KEPT);

    private NodeService nodeService;
    private RetentionFolders folders;
    private ZoneId zone = ZoneId.of("Europe/Amsterdam");

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setFolders(RetentionFolders folders) {
        this.folders = folders;
    }

    /** The zone in which the record's dates are days ({@code gdpr-retention.zone}). */
    public void setZone(String zone) {
        try {
            this.zone = ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            throw new InvalidRetentionInputException(RetentionEngineFactory.ZONE_PROPERTY, zone,
                    "is not a time zone id such as Europe/Amsterdam");
        }
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "folders", folders);
    }

    /**
     * Creates the document's record; returns the record node.
     *
     * @throws DuplicateDisposalRecordException when the document has a record already (nothing is changed)
     */
    public NodeRef write(DisposalRecord record) {
        return AuthenticationUtil.runAsSystem(() -> {
            NodeRef folder = folders.ensureFolder(RetentionFolders.DISPOSALS_NAME);
            String name = recordName(record.documentId());
            NodeRef existing = nodeService.getChildByName(folder, ContentModel.ASSOC_CONTAINS, name);
            if (existing != null) {
                throw new DuplicateDisposalRecordException(record.documentId(), existing);
            }
            Map<QName, Serializable> properties = propertiesOf(record);
            properties.put(ContentModel.PROP_NAME, name);
            return nodeService.createNode(folder, ContentModel.ASSOC_CONTAINS,
                    QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, name), RetentionModel.TYPE_DISPOSAL_RECORD,
                    properties).getChildRef();
        });
    }

    /**
     * The SHA-256 (hex) of the record's content as stored: each property the record is made of, in a fixed order,
     * lists entry by entry, dates as instants. The purge puts it into its audit entries; recomputing it later and
     * comparing shows whether the record was changed since.
     */
    public String contentHash(NodeRef recordNode) {
        Map<QName, Serializable> stored = AuthenticationUtil.runAsSystem(() -> nodeService.getProperties(recordNode));
        StringBuilder canonical = new StringBuilder();
        for (QName property : RECORD_PROPERTIES) {
            canonical.append(property).append('=');
            appendValue(canonical, stored.get(property));
            canonical.append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    private static void appendValue(StringBuilder canonical, Serializable value) {
        if (value == null) {
            canonical.append("(none)");
        } else if (value instanceof Date date) {
            canonical.append(date.toInstant());
        } else if (value instanceof List<?> list) {
            canonical.append('[').append(list.size()).append(']');
            // length-prefixed, so that no entry can pass itself off as two
            list.forEach(entry -> canonical.append(String.valueOf(entry).length()).append(':').append(entry));
        } else {
            canonical.append(value.toString().length()).append(':').append(value);
        }
    }

    /** Replaces the record's lists of removed and kept binaries, once the content store clean-up has run. */
    public void recordBinaries(NodeRef recordNode, List<RemovedBinary> removed, List<RetainedBinary> kept) {
        AuthenticationUtil.runAsSystem(() -> {
            Map<QName, Serializable> properties = new HashMap<>();
            properties.put(RetentionModel.PROP_BINARIES_REMOVED, removedEntries(removed));
            properties.put(RetentionModel.PROP_BINARIES_KEPT, keptEntries(kept));
            nodeService.addProperties(recordNode, properties);
            return null;
        });
    }

    /** The record's node name: the document's node id, which is unique and carries no personal data. */
    static String recordName(DocumentId documentId) {
        String value = documentId.value();
        return "disposal-" + value.substring(value.lastIndexOf('/') + 1);
    }

    Map<QName, Serializable> propertiesOf(DisposalRecord record) {
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(RetentionModel.PROP_DISPOSED_DOCUMENT_ID, record.documentId().value());
        // Absent name and path are left out, not written empty: the record must not even hint at them.
        record.name().ifPresent(name -> properties.put(RetentionModel.PROP_DISPOSED_NAME, name));
        record.path().ifPresent(path -> properties.put(RetentionModel.PROP_DISPOSED_PATH, path));
        record.template().ifPresent(template -> properties.put(RetentionModel.PROP_DISPOSED_TEMPLATE, template));
        properties.put(RetentionModel.PROP_DISPOSED_RETENTION_TYPE, record.retentionTypeCode());
        properties.put(RetentionModel.PROP_DISPOSED_CATEGORY, record.category().name());
        properties.put(RetentionModel.PROP_DISPOSED_START, day(record.startDate()));
        properties.put(RetentionModel.PROP_DISPOSED_EXPIRY, day(record.expiryDate()));
        properties.put(RetentionModel.PROP_PURGED_AT, Date.from(record.purgedAt()));
        properties.put(RetentionModel.PROP_PURGED_BY, record.purgedBy());
        properties.put(RetentionModel.PROP_DISPOSAL_REASON, record.reason());
        properties.put(RetentionModel.PROP_DISPOSAL_FORCED, record.forced());
        properties.put(RetentionModel.PROP_BINARIES_REMOVED, removedEntries(record.binariesRemoved()));
        properties.put(RetentionModel.PROP_BINARIES_KEPT, keptEntries(record.binariesKept()));
        return properties;
    }

    private Date day(LocalDate date) {
        return RepositoryDates.toDate(date, zone);
    }

    /** "contentUrl|sizeInBytes|hmacSha256", the HMAC empty when hashing is off (see the model). */
    static ArrayList<String> removedEntries(List<RemovedBinary> removed) {
        ArrayList<String> entries = new ArrayList<>(removed.size());
        for (RemovedBinary binary : removed) {
            entries.add(binary.contentUrl() + FIELD_SEPARATOR + binary.sizeBytes() + FIELD_SEPARATOR
                    + binary.sha256().orElse(""));
        }
        return entries;
    }

    /** "contentUrl|reason". */
    static ArrayList<String> keptEntries(List<RetainedBinary> kept) {
        ArrayList<String> entries = new ArrayList<>(kept.size());
        for (RetainedBinary binary : kept) {
            entries.add(binary.contentUrl() + FIELD_SEPARATOR + binary.why());
        }
        return entries;
    }
}
