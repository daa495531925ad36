package org.gdprretention.platform.rest.model;

/**
 * A node template of Data Dictionary/Node Templates and the retention type documents created from it get. Shown as
 * {@code {"id","name","retentionType":{"code","label"}}} ({@code retentionType} absent when unbound); taken by
 * {@code PUT /template-bindings/{templateId}} as {@code {"retentionType":"CODE"}}.
 */
public class TemplateBindingEntry {

    private String id;
    private String name;
    private RetentionTypeRef retentionType;
    private String retentionTypeCode;

    public TemplateBindingEntry() {
    }

    public TemplateBindingEntry(String id, String name, RetentionTypeRef retentionType) {
        this.id = id;
        this.name = name;
        this.retentionType = retentionType;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public RetentionTypeRef getRetentionType() {
        return retentionType;
    }

    /** The body of a binding: the code of the type to bind. */
    public void setRetentionType(String code) {
        this.retentionTypeCode = code;
    }

    /** The code a request body asked for; null when it named none. */
    public String requestedCode() {
        return retentionTypeCode;
    }
}
