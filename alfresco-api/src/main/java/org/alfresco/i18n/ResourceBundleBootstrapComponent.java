package org.alfresco.i18n;

import java.util.List;

/**
 * Compile-only copy of the ACS 26.3 signature of the class behind {@code actionResourceBundles}: in ACS it registers
 * the bundles with the message service. The setter keeps its value so that the module's wiring can be loaded in tests.
 */
public class ResourceBundleBootstrapComponent {

    private List<String> resourceBundles;

    public void setResourceBundles(List<String> resourceBundles) {
        this.resourceBundles = resourceBundles;
    }
}
