package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface DataTypeDefinition {

    QName ANY = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "any");

    QName TEXT = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "text");

    QName MLTEXT = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "mltext");

    QName CONTENT = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "content");

    QName INT = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "int");

    QName LONG = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "long");

    QName FLOAT = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "float");

    QName DOUBLE = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "double");

    QName DATE = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "date");

    QName DATETIME = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "datetime");

    QName BOOLEAN = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "boolean");

    QName QNAME = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "qname");

    QName NODE_REF = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "noderef");

    QName CHILD_ASSOC_REF = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "childassocref");

    QName ASSOC_REF = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "assocref");

    QName PATH = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "path");

    QName CATEGORY = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "category");

    QName LOCALE = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "locale");

    QName PERIOD = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "period");

    QName getName();
}
