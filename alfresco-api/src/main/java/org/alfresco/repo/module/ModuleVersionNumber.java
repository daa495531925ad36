package org.alfresco.repo.module;

/** Compile-only copy of the ACS 26.3 signature; the add-on only passes version strings to its module component. */
public class ModuleVersionNumber {

    public ModuleVersionNumber(String versionString) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }
}
