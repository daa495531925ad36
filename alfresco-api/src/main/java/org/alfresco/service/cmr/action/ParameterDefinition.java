package org.alfresco.service.cmr.action;

import org.alfresco.service.namespace.QName;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface ParameterDefinition {

    String getDisplayLabel();

    String getName();

    String getParameterConstraintName();

    QName getType();

    boolean isMandatory();

    boolean isMultiValued();
}
