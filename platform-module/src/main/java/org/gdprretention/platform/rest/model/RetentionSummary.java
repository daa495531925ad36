package org.gdprretention.platform.rest.model;

import java.util.List;

/** Totals of the overview for the same filters ({@code retention-summaries/-current-}). */
public class RetentionSummary {

    private String id;
    private boolean callerIsOfficer;
    private List<TemplateCount> totalsPerTemplate;
    private List<StatusCount> totalsPerStatus;
    private List<MonthCount> expiringPerMonth;

    public RetentionSummary() {
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isCallerIsOfficer() {
        return callerIsOfficer;
    }

    public void setCallerIsOfficer(boolean callerIsOfficer) {
        this.callerIsOfficer = callerIsOfficer;
    }

    public List<TemplateCount> getTotalsPerTemplate() {
        return totalsPerTemplate;
    }

    public void setTotalsPerTemplate(List<TemplateCount> totalsPerTemplate) {
        this.totalsPerTemplate = totalsPerTemplate;
    }

    public List<StatusCount> getTotalsPerStatus() {
        return totalsPerStatus;
    }

    public void setTotalsPerStatus(List<StatusCount> totalsPerStatus) {
        this.totalsPerStatus = totalsPerStatus;
    }

    public List<MonthCount> getExpiringPerMonth() {
        return expiringPerMonth;
    }

    public void setExpiringPerMonth(List<MonthCount> expiringPerMonth) {
        this.expiringPerMonth = expiringPerMonth;
    }
}
