package org.gdprretention.platform.disposal;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.model.RenditionModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.version.Version;
import org.alfresco.service.cmr.version.VersionHistory;
import org.alfresco.service.cmr.version.VersionService;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.model.RetentionModel;

/**
 * Reads a document for a purge: its retention, its hold, and every binary that goes with it (the node's content,
 * each version's frozen content, each rendition's content), before anything is deleted. Content URLs have to be
 * gathered first: once the version history and renditions are gone, nothing says which binaries they had.
 */
class DocumentReader {

    private final NodeService nodeService;
    private final VersionService versionService;
    private final PermissionService permissionService;
    private final ZoneId zone;

    DocumentReader(NodeService nodeService, VersionService versionService, PermissionService permissionService,
                   ZoneId zone) {
        this.nodeService = nodeService;
        this.versionService = versionService;
        this.permissionService = permissionService;
        this.zone = zone;
    }

    /** @param withNames read name and path too (only when disposal records keep them: they are personal data) */
    DocumentSnapshot read(NodeRef nodeRef, boolean withNames) {
        if (!nodeService.exists(nodeRef)) {
            return DocumentSnapshot.missing(nodeRef);
        }
        Map<String, DocumentBinary> binaries = new LinkedHashMap<>();
        addContent(binaries, nodeRef);

        VersionHistory history = versionService.getVersionHistory(nodeRef);
        if (history != null) {
            for (Version version : history.getAllVersions()) {
                addContent(binaries, version.getFrozenStateNodeRef());
            }
        }
        List<NodeRef> renditions = new ArrayList<>();
        for (ChildAssociationRef rendition : nodeService.getChildAssocs(nodeRef, RenditionModel.ASSOC_RENDITION,
                RegexQNamePattern.MATCH_ALL)) {
            renditions.add(rendition.getChildRef());
            addContent(binaries, rendition.getChildRef());
        }

        boolean retainable = nodeService.hasAspect(nodeRef, RetentionModel.ASPECT_RETAINABLE);
        String name = withNames ? text(nodeService.getProperty(nodeRef, ContentModel.PROP_NAME)) : null;
        String path = withNames ? nodeService.getPath(nodeRef).toDisplayPath(nodeService, permissionService) : null;
        return new DocumentSnapshot(nodeRef, true, retainable,
                text(nodeService.getProperty(nodeRef, RetentionModel.PROP_RETENTION_TYPE)),
                startDate(nodeRef), grantedExtensions(nodeRef),
                nodeService.hasAspect(nodeRef, RetentionModel.ASPECT_LEGAL_HOLD), name, path,
                text(nodeService.getProperty(nodeRef, RetentionModel.PROP_TEMPLATE)), history, renditions,
                new ArrayList<>(binaries.values()));
    }

    private void addContent(Map<String, DocumentBinary> binaries, NodeRef node) {
        Serializable value = nodeService.getProperty(node, ContentModel.PROP_CONTENT);
        if (value instanceof ContentData content && ContentData.hasContent(content)) {
            binaries.putIfAbsent(content.getContentUrl(), new DocumentBinary(content.getContentUrl(), content.getSize()));
        }
    }

    private LocalDate startDate(NodeRef nodeRef) {
        return RepositoryDates.toLocalDate(nodeService.getProperty(nodeRef, RetentionModel.PROP_RETENTION_START), zone);
    }

    private List<String> grantedExtensions(NodeRef nodeRef) {
        Serializable value = nodeService.getProperty(nodeRef, RetentionModel.PROP_GRANTED_EXTENSIONS);
        List<String> periods = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(period -> periods.add(String.valueOf(period)));
        }
        return periods;
    }

    private static String text(Serializable value) {
        return value == null ? null : value.toString();
    }
}
