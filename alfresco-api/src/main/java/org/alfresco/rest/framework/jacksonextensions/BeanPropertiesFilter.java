package org.alfresco.rest.framework.jacksonextensions;

import java.util.Set;

/** Compile-only copy of the ACS 26.3 signature, with its behaviour: the {@code fields} a caller asked for. */
public class BeanPropertiesFilter {

    public static final BeanPropertiesFilter ALLOW_ALL = new BeanPropertiesFilter(null);

    private final Set<String> filteredProperties;

    public BeanPropertiesFilter(Set<String> properties) {
        this.filteredProperties = properties;
    }

    public boolean isAllowed(String propertyName) {
        return filteredProperties == null || filteredProperties.contains(propertyName);
    }

    @Override
    public String toString() {
        return "BeanPropertiesFilter [filteredProperties=" + filteredProperties + "]";
    }
}
