package org.gdprretention.platform.bootstrap;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;

/**
 * Finds (and on request creates) the module's folders: Data Dictionary/GDPR Retention and its sub-folders. Folders
 * are found by name, so an administrator who moved nothing but renamed nothing either always gets the same nodes.
 */
public class RetentionFolders implements InitializingBean {

    public static final String ROOT_NAME = "GDPR Retention";
    public static final String RETENTION_TYPES_NAME = "Retention Types";
    public static final String DISPOSALS_NAME = "Disposals";
    public static final String AUDIT_LOG_NAME = "Audit Log";
    /** One {@code gdpr:consentRequest} per consent mail; officers and administrators only, like the proof. */
    public static final String CONSENT_REQUESTS_NAME = "Consent Requests";

    // The path ACS itself uses for the Data Dictionary; it survives renaming the folder in Share.
    static final String DATA_DICTIONARY_XPATH = "/app:company_home/app:dictionary";

    private NodeService nodeService;
    private SearchService searchService;
    private NamespaceService namespaceService;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "searchService", searchService);
        PropertyCheck.mandatory(this, "namespaceService", namespaceService);
    }

    public NodeRef dataDictionary() {
        NodeRef root = nodeService.getRootNode(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        List<NodeRef> found = searchService.selectNodes(root, DATA_DICTIONARY_XPATH, null, namespaceService, false);
        if (found == null || found.isEmpty()) {
            throw new AlfrescoRuntimeException("The Data Dictionary was not found at " + DATA_DICTIONARY_XPATH);
        }
        return found.get(0);
    }

    public Optional<NodeRef> root() {
        return child(dataDictionary(), ROOT_NAME);
    }

    /** A folder directly under Data Dictionary/GDPR Retention, e.g. {@link #RETENTION_TYPES_NAME}. */
    public Optional<NodeRef> folder(String name) {
        return root().flatMap(root -> child(root, name));
    }

    public NodeRef ensureRoot() {
        return ensureChild(dataDictionary(), ROOT_NAME);
    }

    /** The folder {@code name} under Data Dictionary/GDPR Retention, created (with its parent) when missing. */
    public NodeRef ensureFolder(String name) {
        return ensureChild(ensureRoot(), name);
    }

    private Optional<NodeRef> child(NodeRef parent, String name) {
        return Optional.ofNullable(nodeService.getChildByName(parent, ContentModel.ASSOC_CONTAINS, name));
    }

    private NodeRef ensureChild(NodeRef parent, String name) {
        return child(parent, name).orElseGet(() -> {
            Map<QName, Serializable> properties = Map.of(ContentModel.PROP_NAME, name);
            return nodeService.createNode(parent, ContentModel.ASSOC_CONTAINS, associationName(name),
                    ContentModel.TYPE_FOLDER, properties).getChildRef();
        });
    }

    // cm:GDPR_Retention rather than an ISO 9075-encoded space: readable in paths, and lookups go by cm:name anyway.
    static QName associationName(String name) {
        return QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, name.replace(' ', '_'));
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setSearchService(SearchService searchService) {
        this.searchService = searchService;
    }

    public void setNamespaceService(NamespaceService namespaceService) {
        this.namespaceService = namespaceService;
    }
}
