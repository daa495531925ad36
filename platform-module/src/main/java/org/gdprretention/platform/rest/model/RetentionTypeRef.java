package org.gdprretention.platform.rest.model;

/** A retention type named in another entry: its code and its label in the caller's locale. */
public class RetentionTypeRef {

    private final String code;
    private final String label;

    public RetentionTypeRef(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }
}
