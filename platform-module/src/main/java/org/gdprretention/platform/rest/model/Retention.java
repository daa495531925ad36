package org.gdprretention.platform.rest.model;

import java.util.List;
import org.alfresco.rest.framework.resource.UniqueId;

/** One document in the overview ({@code retentions}); dates are {@code yyyy-MM-dd}. {@code path} only with {@code include=path}, {@code contactMoments} only when one document is read. */
public class Retention {

    private String id;
    private String name;
    private String site;
    private String path;
    private TemplateRef template;
    private RetentionTypeRef retentionType;
    private String category;
    private String startDate;
    private String expiryDate;
    private String status;
    private String consentStatus;
    private boolean onHold;
    private int extensionCount;
    private boolean canPurge;
    private List<ContactMomentEntry> contactMoments;

    public Retention() {
    }

    /** The node id; the framework addresses the document's relations (legal-holds) by it. */
    @UniqueId
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public TemplateRef getTemplate() {
        return template;
    }

    public void setTemplate(TemplateRef template) {
        this.template = template;
    }

    public RetentionTypeRef getRetentionType() {
        return retentionType;
    }

    public void setRetentionType(RetentionTypeRef retentionType) {
        this.retentionType = retentionType;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getExpiryDate() {
        return expiryDate;
    }

    public void setExpiryDate(String expiryDate) {
        this.expiryDate = expiryDate;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getConsentStatus() {
        return consentStatus;
    }

    public void setConsentStatus(String consentStatus) {
        this.consentStatus = consentStatus;
    }

    public boolean isOnHold() {
        return onHold;
    }

    public void setOnHold(boolean onHold) {
        this.onHold = onHold;
    }

    public int getExtensionCount() {
        return extensionCount;
    }

    public void setExtensionCount(int extensionCount) {
        this.extensionCount = extensionCount;
    }

    public boolean isCanPurge() {
        return canPurge;
    }

    public void setCanPurge(boolean canPurge) {
        this.canPurge = canPurge;
    }

    public List<ContactMomentEntry> getContactMoments() {
        return contactMoments;
    }

    public void setContactMoments(List<ContactMomentEntry> contactMoments) {
        this.contactMoments = contactMoments;
    }
}
