package org.alfresco.service.descriptor;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface Descriptor {

    String getId();

    String getName();

    String getVersion();

    String getEdition();

    int getSchema();

    String getDescriptor(String key);

    String[] getDescriptorKeys();
}
