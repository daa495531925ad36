package org.gdprretention.platform.rest.model;

/** A retention type: its code and its label in the caller's locale. */
public class RetentionTypeRef {

    private String code;
    private String label;

    public RetentionTypeRef() {
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
