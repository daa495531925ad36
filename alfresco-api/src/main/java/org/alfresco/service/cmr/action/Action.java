package org.alfresco.service.cmr.action;

import java.io.Serializable;
import java.util.Map;

import org.alfresco.service.cmr.repository.NodeRef;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface Action extends ParameterizedItem {

    String getActionDefinitionName();

    NodeRef getNodeRef();

    void setExecuteAsynchronously(boolean executeAsynchronously);

    boolean getExecuteAsychronously();

    void addParameterValues(Map<String, Serializable> values);
}
