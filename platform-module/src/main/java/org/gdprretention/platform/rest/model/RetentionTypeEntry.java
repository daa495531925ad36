package org.gdprretention.platform.rest.model;

import java.util.Map;

/**
 * A retention type as {@code /retention-types} shows and takes it. Read: {@code label} in the caller's locale, and
 * {@code labels} (every language) only with {@code include=labels}. Written by officers: {@code code}, {@code labels}
 * (at least {@code en} and {@code nl}), {@code period} (ISO-8601 such as {@code P7Y}), {@code startTrigger},
 * {@code category}, and optionally {@code extendable}, {@code extensionPeriod}, {@code maxExtensions},
 * {@code consentLeadDays}, {@code disposalMode}; the engine checks every value.
 */
public class RetentionTypeEntry {

    private String code;
    // Not named "label": a field of the same name would let Jackson write it from a request body.
    private String localLabel;
    private Map<String, String> labels;
    private String period;
    private String startTrigger;
    private String category;
    private Boolean extendable;
    private String extensionPeriod;
    private Integer maxExtensions;
    private Integer consentLeadDays;
    private String disposalMode;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** Read only: the label in the caller's locale. */
    public String getLabel() {
        return localLabel;
    }

    public void withLabel(String text) {
        this.localLabel = text;
    }

    public Map<String, String> getLabels() {
        return labels;
    }

    public void setLabels(Map<String, String> labels) {
        this.labels = labels;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getStartTrigger() {
        return startTrigger;
    }

    public void setStartTrigger(String startTrigger) {
        this.startTrigger = startTrigger;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Boolean getExtendable() {
        return extendable;
    }

    public void setExtendable(Boolean extendable) {
        this.extendable = extendable;
    }

    public String getExtensionPeriod() {
        return extensionPeriod;
    }

    public void setExtensionPeriod(String extensionPeriod) {
        this.extensionPeriod = extensionPeriod;
    }

    public Integer getMaxExtensions() {
        return maxExtensions;
    }

    public void setMaxExtensions(Integer maxExtensions) {
        this.maxExtensions = maxExtensions;
    }

    public Integer getConsentLeadDays() {
        return consentLeadDays;
    }

    public void setConsentLeadDays(Integer consentLeadDays) {
        this.consentLeadDays = consentLeadDays;
    }

    public String getDisposalMode() {
        return disposalMode;
    }

    public void setDisposalMode(String disposalMode) {
        this.disposalMode = disposalMode;
    }
}
