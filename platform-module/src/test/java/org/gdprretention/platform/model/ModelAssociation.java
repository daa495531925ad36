package org.gdprretention.platform.model;

/** An association or child association as declared in the model XML; optional flags are null when absent. */
public record ModelAssociation(String name, String owner, String title, boolean child, String targetClass,
        Boolean targetMandatory, Boolean targetMany, Boolean duplicate, Boolean propagateTimestamps) {
}
