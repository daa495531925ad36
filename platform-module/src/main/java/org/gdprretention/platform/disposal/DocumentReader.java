package org.gdprretention.platform.disposal;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.model.RenditionModel;
import org.alfresco.service.cmr.coci.CheckOutCheckInService;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.dictionary.PropertyDefinition;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.version.Version;
import org.alfresco.service.cmr.version.VersionHistory;
import org.alfresco.service.cmr.version.VersionService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.hold.HeldAncestors;
import org.gdprretention.platform.model.RetentionModel;

/**
 * Reads a document for a purge: its type, its retention, its hold, its working copy if it is checked out, and
 * every binary that goes with it (each {@code d:content} property of the node, of each version's frozen state, of
 * each rendition and of the working copy), before anything is deleted. Content URLs have to be gathered first:
 * once the version history and renditions are gone, nothing says which binaries they had. A node's hard delete
 * removes the content data of every {@code d:content} property, not only {@code cm:content}, so each counts.
 */
class DocumentReader {

    private final NodeService nodeService;
    private final VersionService versionService;
    private final PermissionService permissionService;
    private final DictionaryService dictionaryService;
    private final CheckOutCheckInService checkOutCheckInService;
    private final ZoneId zone;
    private final HeldAncestors heldAncestors;

    DocumentReader(NodeService nodeService, VersionService versionService, PermissionService permissionService,
                   DictionaryService dictionaryService, CheckOutCheckInService checkOutCheckInService, ZoneId zone) {
        this.nodeService = nodeService;
        this.versionService = versionService;
        this.permissionService = permissionService;
        this.dictionaryService = dictionaryService;
        this.checkOutCheckInService = checkOutCheckInService;
        this.zone = zone;
        this.heldAncestors = new HeldAncestors(nodeService);
    }

    /** @param withNames read name and path too (only when disposal records keep them: they are personal data) */
    DocumentSnapshot read(NodeRef nodeRef, boolean withNames) {
        if (!nodeService.exists(nodeRef)) {
            return DocumentSnapshot.missing(nodeRef);
        }
        QName type = nodeService.getType(nodeRef);
        if (!dictionaryService.isSubClass(type, ContentModel.TYPE_CONTENT)) {
            return DocumentSnapshot.notContent(nodeRef, type);
        }
        Map<String, DocumentBinary> binaries = new LinkedHashMap<>();
        DocumentParts parts = readParts(nodeRef, binaries);
        NodeRef original = checkOutCheckInService.isWorkingCopy(nodeRef)
                ? checkOutCheckInService.getCheckedOut(nodeRef) : null;
        NodeRef workingCopyNode = original == null ? checkOutCheckInService.getWorkingCopy(nodeRef) : null;
        DocumentParts workingCopy = workingCopyNode == null ? null : readParts(workingCopyNode, binaries);

        boolean retainable = nodeService.hasAspect(nodeRef, RetentionModel.ASPECT_RETAINABLE);
        // A hold on the working copy holds the document too: purging one without the other is not possible. Either
        // is held by its own hold or by one on a folder above it.
        boolean onHold = heldAncestors.isHeld(nodeRef)
                || (workingCopyNode != null && heldAncestors.isHeld(workingCopyNode));
        String name = withNames ? text(nodeService.getProperty(nodeRef, ContentModel.PROP_NAME)) : null;
        String path = withNames ? nodeService.getPath(nodeRef).toDisplayPath(nodeService, permissionService) : null;
        return new DocumentSnapshot(nodeRef, true, type, true, original, retainable,
                text(nodeService.getProperty(nodeRef, RetentionModel.PROP_RETENTION_TYPE)),
                startDate(nodeRef), grantedExtensions(nodeRef), onHold, name, path,
                templateRef(nodeRef), parts.versionHistory(),
                parts.renditions(), workingCopy, new ArrayList<>(binaries.values()));
    }

    /** The node with its versions and renditions, adding the binaries of all of them. */
    private DocumentParts readParts(NodeRef node, Map<String, DocumentBinary> binaries) {
        addContent(binaries, node);
        VersionHistory history = versionService.getVersionHistory(node);
        if (history != null) {
            for (Version version : history.getAllVersions()) {
                addContent(binaries, version.getFrozenStateNodeRef());
            }
        }
        List<NodeRef> renditions = new ArrayList<>();
        for (ChildAssociationRef rendition : nodeService.getChildAssocs(node, RenditionModel.ASSOC_RENDITION,
                RegexQNamePattern.MATCH_ALL)) {
            renditions.add(rendition.getChildRef());
            addContent(binaries, rendition.getChildRef());
        }
        return new DocumentParts(node, history, renditions);
    }

    private void addContent(Map<String, DocumentBinary> binaries, NodeRef node) {
        for (Map.Entry<QName, Serializable> property : nodeService.getProperties(node).entrySet()) {
            if (isContentProperty(property.getKey())) {
                addContentData(binaries, property.getValue());
            }
        }
    }

    /** A d:content property; a property the dictionary does not define (residual) is typed by its value. */
    private boolean isContentProperty(QName property) {
        PropertyDefinition definition = dictionaryService.getProperty(property);
        return definition == null || DataTypeDefinition.CONTENT.equals(definition.getDataType().getName());
    }

    private static void addContentData(Map<String, DocumentBinary> binaries, Serializable value) {
        if (value instanceof ContentData content && ContentData.hasContent(content)) {
            binaries.putIfAbsent(content.getContentUrl(), new DocumentBinary(content.getContentUrl(), content.getSize()));
        } else if (value instanceof Collection<?> values) {
            values.forEach(each -> addContentData(binaries, each instanceof Serializable one ? one : null));
        }
    }

    /**
     * The template as its node reference ({@code gdpr:templateRef}), never its name: {@code gdpr:template} is a
     * {@code cm:name} any client can set to anything, personal data included, and a disposal record must not carry
     * that whatever {@code keepNames} says.
     */
    private String templateRef(NodeRef nodeRef) {
        Serializable value = nodeService.getProperty(nodeRef, RetentionModel.PROP_TEMPLATE_REF);
        return value instanceof NodeRef template ? template.toString() : null;
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
