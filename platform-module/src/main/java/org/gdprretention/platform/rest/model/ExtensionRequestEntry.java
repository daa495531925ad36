package org.gdprretention.platform.rest.model;

/**
 * An extension request as {@code /extension-requests} shows it: {@code {"id","nodeId","documentName","requestedBy",
 * "requestedAt","reason","state","currentExpiry","proposedExpiry","decidedBy","decidedAt","comment"}}. Taken by
 * {@code POST /extension-requests} as {@code {"nodeId","reason"}}. {@code state} is PENDING while it waits for a
 * decision, then APPROVED, DENIED, LAPSED or CLOSED_BY_CONSENT. Days {@code yyyy-MM-dd}, moments ISO-8601.
 */
public class ExtensionRequestEntry {

    private String id;
    private String nodeId;
    private String documentName;
    private String requestedBy;
    private String requestedAt;
    private String reason;
    private String state;
    private String currentExpiry;
    private String proposedExpiry;
    private String decidedBy;
    private String decidedAt;
    private String comment;

    public String getId() {
        return id;
    }

    public void setId(String value) {
        this.id = value;
    }

    public String getNodeId() {
        return nodeId;
    }

    public void setNodeId(String nodeId) {
        this.nodeId = nodeId;
    }

    public String getDocumentName() {
        return documentName;
    }

    public void setDocumentName(String value) {
        this.documentName = value;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String value) {
        this.requestedBy = value;
    }

    public String getRequestedAt() {
        return requestedAt;
    }

    public void setRequestedAt(String value) {
        this.requestedAt = value;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getState() {
        return state;
    }

    public void setState(String value) {
        this.state = value;
    }

    /** True when a request body names a field only the repository sets. */
    public boolean namesReadOnlyFields() {
        return id != null || documentName != null || requestedBy != null || requestedAt != null || state != null
                || currentExpiry != null || proposedExpiry != null || decidedBy != null || decidedAt != null
                || comment != null;
    }

    public String getCurrentExpiry() {
        return currentExpiry;
    }

    public void setCurrentExpiry(String value) {
        this.currentExpiry = value;
    }

    public String getProposedExpiry() {
        return proposedExpiry;
    }

    public void setProposedExpiry(String value) {
        this.proposedExpiry = value;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String value) {
        this.decidedBy = value;
    }

    public String getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(String value) {
        this.decidedAt = value;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String value) {
        this.comment = value;
    }
}
