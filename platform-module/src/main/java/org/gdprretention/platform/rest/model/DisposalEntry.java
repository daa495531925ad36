package org.gdprretention.platform.rest.model;

/**
 * A disposal record as {@code /disposals} shows it: what was purged (ids, template, type, dates), when, by whom and
 * why, and how many binaries were removed or kept. Name and path are present only where the installation keeps
 * them ({@code gdpr-retention.disposal.keepNames}). Days are {@code yyyy-MM-dd}, {@code purgedAt} an ISO-8601
 * instant.
 */
public class DisposalEntry {

    private String id;
    private String documentId;
    private String name;
    private String path;
    private String template;
    private String retentionType;
    private String category;
    private String startDate;
    private String expiryDate;
    private String purgedAt;
    private String purgedBy;
    private String reason;
    private boolean forced;
    private int binariesRemoved;
    private int binariesKept;
    private long bytesRemoved;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getDocumentId() {
        return documentId;
    }

    public void setDocumentId(String documentId) {
        this.documentId = documentId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public String getRetentionType() {
        return retentionType;
    }

    public void setRetentionType(String retentionType) {
        this.retentionType = retentionType;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getExpiryDate() {
        return expiryDate;
    }

    public void setExpiryDate(String expiryDate) {
        this.expiryDate = expiryDate;
    }

    public String getPurgedAt() {
        return purgedAt;
    }

    public void setPurgedAt(String purgedAt) {
        this.purgedAt = purgedAt;
    }

    public String getPurgedBy() {
        return purgedBy;
    }

    public void setPurgedBy(String purgedBy) {
        this.purgedBy = purgedBy;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isForced() {
        return forced;
    }

    public void setForced(boolean forced) {
        this.forced = forced;
    }

    public int getBinariesRemoved() {
        return binariesRemoved;
    }

    public void setBinariesRemoved(int binariesRemoved) {
        this.binariesRemoved = binariesRemoved;
    }

    public int getBinariesKept() {
        return binariesKept;
    }

    public void setBinariesKept(int binariesKept) {
        this.binariesKept = binariesKept;
    }

    public long getBytesRemoved() {
        return bytesRemoved;
    }

    public void setBytesRemoved(long bytesRemoved) {
        this.bytesRemoved = bytesRemoved;
    }
}
