package org.gdprretention.platform.rest.model;

/** One contact moment of a document; {@code at} is an instant with offset, expiries are days. */
public class ContactMomentEntry {

    private String kind;
    private String channel;
    private String actor;
    private String at;
    private String oldExpiry;
    private String newExpiry;
    private String note;

    public ContactMomentEntry() {
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAt() {
        return at;
    }

    public void setAt(String at) {
        this.at = at;
    }

    public String getOldExpiry() {
        return oldExpiry;
    }

    public void setOldExpiry(String oldExpiry) {
        this.oldExpiry = oldExpiry;
    }

    public String getNewExpiry() {
        return newExpiry;
    }

    public void setNewExpiry(String newExpiry) {
        this.newExpiry = newExpiry;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
