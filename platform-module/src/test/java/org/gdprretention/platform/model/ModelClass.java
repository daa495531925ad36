package org.gdprretention.platform.model;

import java.util.List;

/** A type or aspect as declared in the model XML, with the properties and associations it declares itself. */
public record ModelClass(Kind kind, String name, String title, String parent, List<ModelProperty> properties,
        List<ModelAssociation> associations) {

    public enum Kind { TYPE, ASPECT }

    public ModelClass {
        properties = List.copyOf(properties);
        associations = List.copyOf(associations);
    }

    /** The name without its prefix, e.g. {@code retainable}. */
    public String localName() {
        return name.substring(name.indexOf(':') + 1);
    }
}
