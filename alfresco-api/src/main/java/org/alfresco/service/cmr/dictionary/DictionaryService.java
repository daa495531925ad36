package org.alfresco.service.cmr.dictionary;

import java.util.Collection;

import org.alfresco.service.namespace.QName;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface DictionaryService {

    boolean isSubClass(QName className, QName ofClassName);

    PropertyDefinition getProperty(QName propertyName);

    Collection<QName> getSubTypes(QName type, boolean follow);

    Collection<QName> getSubAspects(QName aspect, boolean follow);
}
