package org.alfresco.service.cmr.action;

import java.util.Map;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface ParameterConstraint {

    String getName();

    boolean isValidValue(String value);

    String getValueDisplayLabel(String value);

    Map<String, String> getAllowableValues();

    default Map<String, String> getValues() {
        return getAllowableValues();
    }
}
