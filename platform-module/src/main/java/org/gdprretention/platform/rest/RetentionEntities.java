package org.gdprretention.platform.rest;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.overview.RetentionRow;
import org.gdprretention.platform.rest.model.ContactMomentEntry;
import org.gdprretention.platform.rest.model.EntryValues;
import org.gdprretention.platform.rest.model.Retention;
import org.gdprretention.platform.rest.model.RetentionTypeRef;
import org.gdprretention.platform.rest.model.TemplateRef;

/**
 * Turns overview rows into the REST entities: dates as {@code yyyy-MM-dd}, moments as ISO-8601 with the offset of
 * the repository's zone, the type's label in the caller's locale, and whether the caller may purge the document
 * now (an officer or administrator, the document expired and not held, and Delete permission on it).
 */
public final class RetentionEntities {

    private final NodeService nodeService;
    private final PermissionService permissionService;
    private final ZoneId zone;

    public RetentionEntities(NodeService nodeService, PermissionService permissionService, ZoneId zone) {
        this.nodeService = nodeService;
        this.permissionService = permissionService;
        this.zone = zone;
    }

    public Retention entity(RetentionRow row, Locale locale, boolean callerIsOfficer, boolean withPath) {
        Retention entity = new Retention();
        entity.setId(EntryValues.nodeId(row.nodeRef()));
        entity.setName(row.name());
        entity.setSite(row.site());
        if (withPath) {
            entity.setPath(path(row.nodeRef()));
        }
        if (row.template() != null || row.templateName() != null) {
            entity.setTemplate(template(row.template(), row.templateName()));
        }
        RetentionTypeRef type = new RetentionTypeRef();
        type.setCode(row.retentionType());
        type.setLabel(row.type() != null ? row.type().label(locale) : row.retentionType());
        entity.setRetentionType(type);
        entity.setCategory(row.category().name());
        entity.setStartDate(EntryValues.day(row.startDate()));
        entity.setExpiryDate(EntryValues.day(row.expiryDate()));
        entity.setStatus(row.status().name());
        entity.setConsentStatus(row.consentStatus().name());
        entity.setOnHold(row.onHold());
        entity.setExtensionCount(row.extensionCount());
        entity.setCanPurge(callerIsOfficer && row.status() == RetentionStatus.EXPIRED && !row.onHold()
                && permissionService.hasPermission(row.nodeRef(), PermissionService.DELETE) == AccessStatus.ALLOWED);
        return entity;
    }

    /** The document's contact moments, oldest first. */
    public List<ContactMomentEntry> contactMoments(NodeRef document) {
        List<ChildAssociationRef> children = nodeService.getChildAssocs(document, RetentionModel.ASSOC_CONTACT_MOMENTS,
                RegexQNamePattern.MATCH_ALL);
        List<Map<QName, Serializable>> moments = new ArrayList<>();
        for (ChildAssociationRef child : children) {
            moments.add(nodeService.getProperties(child.getChildRef()));
        }
        moments.sort(Comparator.comparing(p -> p.get(RetentionModel.PROP_MOMENT_AT) instanceof Date date ? date
                : new Date(0)));
        List<ContactMomentEntry> entries = new ArrayList<>();
        for (Map<QName, Serializable> properties : moments) {
            ContactMomentEntry entry = new ContactMomentEntry();
            entry.setKind(EntryValues.text(properties.get(RetentionModel.PROP_MOMENT_KIND)));
            entry.setChannel(EntryValues.text(properties.get(RetentionModel.PROP_MOMENT_CHANNEL)));
            entry.setActor(EntryValues.text(properties.get(RetentionModel.PROP_MOMENT_ACTOR)));
            if (properties.get(RetentionModel.PROP_MOMENT_AT) instanceof Date at) {
                entry.setAt(moment(at.toInstant()));
            }
            entry.setOldExpiry(EntryValues.day(properties.get(RetentionModel.PROP_MOMENT_OLD_EXPIRY), zone));
            entry.setNewExpiry(EntryValues.day(properties.get(RetentionModel.PROP_MOMENT_NEW_EXPIRY), zone));
            entry.setNote(EntryValues.text(properties.get(RetentionModel.PROP_MOMENT_NOTE)));
            entries.add(entry);
        }
        return entries;
    }

    public static TemplateRef template(NodeRef template, String name) {
        TemplateRef ref = new TemplateRef();
        ref.setId(EntryValues.nodeId(template));
        ref.setName(name);
        return ref;
    }

    /** A moment (a contact moment's time, a hold's start) as the API writes it: in the repository's zone. */
    public String moment(Instant instant) {
        return EntryValues.zonedToTheSecond(instant, zone);
    }

    // "/Company Home/Sites/hr/documentLibrary/Contracts": the names of the folders above, as far as the caller can
    // read them (an unreadable folder ends the path there, as ACS's own display path does).
    private String path(NodeRef node) {
        Deque<String> names = new ArrayDeque<>();
        ChildAssociationRef parent = nodeService.getPrimaryParent(node);
        while (parent != null && parent.getParentRef() != null) {
            NodeRef folder = parent.getParentRef();
            if (permissionService.hasReadPermission(folder) != AccessStatus.ALLOWED) {
                break;
            }
            Serializable name = nodeService.getProperty(folder, ContentModel.PROP_NAME);
            if (name == null) {
                break; // the store's root has no name
            }
            names.addFirst(name.toString());
            parent = nodeService.getPrimaryParent(folder);
        }
        return "/" + String.join("/", names);
    }
}
