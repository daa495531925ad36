package org.alfresco.service.cmr.action;

import java.io.Serializable;
import java.util.Map;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface ParameterizedItem {

    String getId();

    Serializable getParameterValue(String name);

    Map<String, Serializable> getParameterValues();

    void setParameterValue(String name, Serializable value);

    void setParameterValues(Map<String, Serializable> parameterValues);
}
