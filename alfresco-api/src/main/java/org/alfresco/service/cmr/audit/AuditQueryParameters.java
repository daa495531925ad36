package org.alfresco.service.cmr.audit;

/**
 * Compile-only copy of the ACS 26.3 signature (the members the add-on uses). A plain value class, as in ACS:
 * results come oldest first unless {@link #setForward} is given false.
 */
public class AuditQueryParameters {

    private boolean forward = true;
    private String applicationName;

    public AuditQueryParameters() {
        // ACS: forward, every application, no limits
    }

    public boolean isForward() {
        return forward;
    }

    public void setForward(boolean forward) {
        this.forward = forward;
    }

    public String getApplicationName() {
        return applicationName;
    }

    public void setApplicationName(String applicationName) {
        this.applicationName = applicationName;
    }
}
