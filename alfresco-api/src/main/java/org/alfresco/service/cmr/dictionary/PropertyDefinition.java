package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.QName;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface PropertyDefinition {

    QName getName();

    DataTypeDefinition getDataType();
}
