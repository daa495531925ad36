package org.gdprretention.platform.rest.model;

/** The body of {@code POST /sweeps/{id}/run}: {@code {"dryRun":true}}; a dry run unless {@code dryRun} is false. */
public class SweepRunRequest {

    private Boolean dryRun;

    public Boolean getDryRun() {
        return dryRun;
    }

    public void setDryRun(Boolean dryRun) {
        this.dryRun = dryRun;
    }
}
