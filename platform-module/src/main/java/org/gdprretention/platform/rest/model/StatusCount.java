package org.gdprretention.platform.rest.model;

/** Documents per status. */
public class StatusCount {

    private String status;
    private long count;

    public StatusCount() {
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public long getCount() {
        return count;
    }

    public void setCount(long count) {
        this.count = count;
    }
}
