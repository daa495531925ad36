package org.gdprretention.platform.rest.model;

import java.util.List;

/** A purge ({@code POST /purges}): in the request {@code nodeIds}, {@code dryRun} (true unless false is sent) and {@code forceReason}; in the answer {@code dryRun} and one outcome per document. */
public class Purge {

    private List<String> nodeIds;
    private Boolean dryRun;
    private String forceReason;
    private List<PurgeOutcomeEntry> outcomes;

    public Purge() {
    }

    public List<String> getNodeIds() {
        return nodeIds;
    }

    public void setNodeIds(List<String> nodeIds) {
        this.nodeIds = nodeIds;
    }

    public Boolean getDryRun() {
        return dryRun;
    }

    public void setDryRun(Boolean dryRun) {
        this.dryRun = dryRun;
    }

    public String getForceReason() {
        return forceReason;
    }

    public void setForceReason(String forceReason) {
        this.forceReason = forceReason;
    }

    public List<PurgeOutcomeEntry> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(List<PurgeOutcomeEntry> outcomes) {
        this.outcomes = outcomes;
    }
}
