package org.alfresco.service.namespace;

/** Compile-only copy of the ACS 26.3 signature; the constants carry the real values. */
public interface NamespaceService extends NamespacePrefixResolver {

    String DEFAULT_PREFIX = "";
    String DEFAULT_URI = "";

    String ALFRESCO_URI = "http://www.alfresco.org";
    String ALFRESCO_PREFIX = "alf";

    String DICTIONARY_MODEL_1_0_URI = "http://www.alfresco.org/model/dictionary/1.0";
    String DICTIONARY_MODEL_PREFIX = "d";

    String SYSTEM_MODEL_1_0_URI = "http://www.alfresco.org/model/system/1.0";
    String SYSTEM_MODEL_PREFIX = "sys";

    String CONTENT_MODEL_1_0_URI = "http://www.alfresco.org/model/content/1.0";
    String CONTENT_MODEL_PREFIX = "cm";

    String APP_MODEL_1_0_URI = "http://www.alfresco.org/model/application/1.0";
    String APP_MODEL_PREFIX = "app";

    String RENDITION_MODEL_1_0_URI = "http://www.alfresco.org/model/rendition/1.0";
    String RENDITION_MODEL_PREFIX = "rn";

    String SECURITY_MODEL_1_0_URI = "http://www.alfresco.org/model/security/1.0";
    String SECURITY_MODEL_PREFIX = "security";

    String BPM_MODEL_1_0_URI = "http://www.alfresco.org/model/bpm/1.0";
    String BPM_MODEL_PREFIX = "bpm";

    String REPOSITORY_VIEW_1_0_URI = "http://www.alfresco.org/view/repository/1.0";
    String REPOSITORY_VIEW_PREFIX = "view";

    void registerNamespace(String prefix, String uri);

    void unregisterNamespace(String prefix);
}
