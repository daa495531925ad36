package org.gdprretention.platform.rest.model;

/** What a purge did, or would do, with one document: {@code outcome} PURGED, WOULD_PURGE, SCHEDULED, REFUSED or FAILED, {@code reason} a stable code where the engine gives one, {@code message} the sentence. */
public class PurgeOutcomeEntry {

    private String nodeId;
    private String outcome;
    private String reason;
    private String message;
    private int binariesRemoved;
    private int binariesKept;

    public PurgeOutcomeEntry() {
    }

    public String getNodeId() {
        return nodeId;
    }

    public void setNodeId(String nodeId) {
        this.nodeId = nodeId;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
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
}
