package org.gdprretention.platform.rest.model;

/** A legal hold on a document: the reason (required to place one), since when (an instant with offset) and by whom. */
public class LegalHold {

    private String reason;
    private String since;
    private String by;

    public LegalHold() {
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSince() {
        return since;
    }

    public void setSince(String since) {
        this.since = since;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }
}
