package org.gdprretention.platform.rest.model;

/** The body of {@code POST /extension-requests/{id}/approve} and {@code /deny}: {@code {"comment":"..."}}. */
public class ExtensionDecision {

    private String comment;

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
