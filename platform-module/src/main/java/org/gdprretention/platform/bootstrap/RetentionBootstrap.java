package org.gdprretention.platform.bootstrap;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.module.AbstractModuleComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.platform.catalogue.RetentionTypeDefinitionMapper;
import org.gdprretention.platform.model.RetentionModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lays out what the module needs in a repository: Data Dictionary/GDPR Retention with its folders (Retention
 * Types, Disposals, Audit Log, Consent Requests), the default
 * Dutch retention types and the GDPR officers group. Each step first looks for what it would create, so a second
 * run, or a repository where an administrator already made (or changed) some of it, keeps what is there.
 */
public class RetentionBootstrap extends AbstractModuleComponent {

    public static final String OFFICERS_GROUP_SHORT_NAME = "GDPR_OFFICERS";
    public static final String OFFICERS_GROUP = "GROUP_" + OFFICERS_GROUP_SHORT_NAME;
    static final String OFFICERS_DISPLAY_NAME = "GDPR officers";

    private static final Logger LOGGER = LoggerFactory.getLogger(RetentionBootstrap.class);

    private NodeService nodeService;
    private AuthorityService authorityService;
    private PermissionService permissionService;
    private RetentionFolders folders;
    private RetentionTypeDefinitionMapper mapper;
    private RetentionCatalogue defaults = DefaultRetentionTypes.netherlands();

    // ACS calls this before executeInternal.
    @Override
    protected void checkProperties() {
        super.checkProperties();
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "authorityService", authorityService);
        PropertyCheck.mandatory(this, "permissionService", permissionService);
        PropertyCheck.mandatory(this, "folders", folders);
        PropertyCheck.mandatory(this, "mapper", mapper);
    }

    @Override
    protected void executeInternal() {
        NodeRef typesFolder = folders.ensureFolder(RetentionFolders.RETENTION_TYPES_NAME);
        folders.ensureFolder(RetentionFolders.DISPOSALS_NAME);
        // Created here rather than on the first append: two first appends racing to create it would collide on
        // the name, which a retrying transaction does not retry.
        folders.ensureFolder(RetentionFolders.AUDIT_LOG_NAME);
        // Also here rather than on the first consent mail, for the same reason.
        folders.ensureFolder(RetentionFolders.CONSENT_REQUESTS_NAME);
        int created = createMissingDefinitions(typesFolder);
        createOfficersGroup();
        restrictAccess(folders.ensureRoot(), typesFolder);
        LOGGER.info("GDPR Retention bootstrap: {} of {} default retention types created", created, defaults.size());
    }

    private int createMissingDefinitions(NodeRef typesFolder) {
        Set<String> existingCodes = existingCodes(typesFolder);
        int created = 0;
        for (RetentionType type : defaults.all()) {
            // The node name is checked too: a same-named node of another type would make createNode fail.
            if (existingCodes.contains(type.code())
                    || nodeService.getChildByName(typesFolder, ContentModel.ASSOC_CONTAINS, type.code()) != null) {
                continue;
            }
            Map<QName, Serializable> properties = mapper.toProperties(type);
            properties.put(ContentModel.PROP_NAME, type.code());
            properties.put(ContentModel.PROP_TITLE, type.labels().get("en"));
            nodeService.createNode(typesFolder, ContentModel.ASSOC_CONTAINS,
                    QName.createQName(RetentionModel.NAMESPACE_URI, type.code()),
                    RetentionModel.TYPE_RETENTION_TYPE_DEFINITION, properties);
            created++;
        }
        return created;
    }

    private Set<String> existingCodes(NodeRef typesFolder) {
        Set<String> codes = new HashSet<>();
        for (ChildAssociationRef child : nodeService.getChildAssocs(typesFolder,
                Set.of(RetentionModel.TYPE_RETENTION_TYPE_DEFINITION))) {
            Serializable code = nodeService.getProperty(child.getChildRef(), RetentionModel.PROP_TYPE_CODE);
            if (code != null) {
                codes.add(code.toString().trim());
            }
        }
        return codes;
    }

    /**
     * Data Dictionary lets everyone read; the proof below GDPR Retention (disposal records, audit log) names who
     * was purged and when, so the folder stops inheriting: officers read, administrators may do anything, nobody
     * else sees it. The module itself writes there as the system user. The catalogue stays readable by everyone:
     * forms and the rule editor list the retention types, and a type says nothing about a person.
     */
    private void restrictAccess(NodeRef root, NodeRef typesFolder) {
        permissionService.setInheritParentPermissions(root, false);
        permissionService.setPermission(root, OFFICERS_GROUP, PermissionService.CONSUMER, true);
        permissionService.setPermission(typesFolder, PermissionService.ALL_AUTHORITIES, PermissionService.CONSUMER,
                true);
    }

    private void createOfficersGroup() {
        if (!authorityService.authorityExists(OFFICERS_GROUP)) {
            authorityService.createAuthority(AuthorityType.GROUP, OFFICERS_GROUP_SHORT_NAME, OFFICERS_DISPLAY_NAME,
                    authorityService.getDefaultZones());
        }
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    public void setPermissionService(PermissionService permissionService) {
        this.permissionService = permissionService;
    }

    public void setFolders(RetentionFolders folders) {
        this.folders = folders;
    }

    public void setMapper(RetentionTypeDefinitionMapper mapper) {
        this.mapper = mapper;
    }

    /** The types to create; the Dutch defaults unless a test or a customisation sets others. */
    public void setDefaults(RetentionCatalogue defaults) {
        this.defaults = defaults;
    }
}
