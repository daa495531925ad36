package org.alfresco.repo.module;

import java.util.List;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface ModuleComponent {

    void execute();

    ModuleVersionNumber getAppliesFromVersionNumber();

    ModuleVersionNumber getAppliesToVersionNumber();

    List<ModuleComponent> getDependsOn();

    String getDescription();

    String getModuleId();

    String getName();

    ModuleVersionNumber getSinceVersionNumber();

    boolean isExecuteOnceOnly();

    void shutdown();
}
