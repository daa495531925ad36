package org.alfresco.service.cmr.module;

import org.alfresco.repo.module.ModuleComponent;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface ModuleService {

    void registerComponent(ModuleComponent moduleComponent);
}
