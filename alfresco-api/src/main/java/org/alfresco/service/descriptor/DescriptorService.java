package org.alfresco.service.descriptor;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface DescriptorService {

    Descriptor getServerDescriptor();

    Descriptor getCurrentRepositoryDescriptor();

    Descriptor getInstalledRepositoryDescriptor();

    boolean isBootstrapped();
}
