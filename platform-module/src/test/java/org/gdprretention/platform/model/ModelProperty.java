package org.gdprretention.platform.model;

import java.util.List;

/**
 * A property as declared in the model XML.
 *
 * @param owner          prefixed name of the declaring type or aspect
 * @param protectedByModel {@code <protected>true</protected>}: read-only for CMIS clients and Share's forms
 * @param defaultValue   the {@code <default>} text, or null
 * @param constraintRefs names of the constraints the property references, in order
 * @param index          the {@code <index>} settings, or null when the element is absent (ACS defaults apply)
 */
public record ModelProperty(String name, String owner, String title, String dataType, boolean mandatory,
        boolean protectedByModel, boolean multiple, String defaultValue, List<String> constraintRefs, PropertyIndex index) {

    public ModelProperty {
        constraintRefs = List.copyOf(constraintRefs);
    }

    /** The name without its prefix, e.g. {@code expiryDate}. */
    public String localName() {
        return name.substring(name.indexOf(':') + 1);
    }

    /** ACS indexes a property unless its {@code <index enabled="false">} says otherwise. */
    public boolean indexed() {
        return index == null || index.enabled();
    }

    /**
     * Settings of {@code <index>}; absent children are null.
     *
     * @param tokenised {@code true}, {@code false} or {@code both}
     */
    public record PropertyIndex(boolean enabled, Boolean atomic, String tokenised, Boolean facetable) {
    }
}
