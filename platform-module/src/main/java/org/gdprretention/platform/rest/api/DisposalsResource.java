package org.gdprretention.platform.rest.api;

import static org.gdprretention.platform.rest.model.EntryValues.text;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.resource.EntityResource;
import org.alfresco.rest.framework.resource.actions.interfaces.EntityResourceAction;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;
import org.alfresco.rest.framework.resource.parameters.Paging;
import org.alfresco.rest.framework.resource.parameters.Parameters;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.rest.model.DisposalEntry;
import org.gdprretention.platform.rest.model.EntryValues;
import org.springframework.beans.factory.InitializingBean;

/**
 * {@code /disposals}: the disposal records, newest first, for officers and administrators only (they are proof;
 * the Disposals folder is not readable by others either). The list is a query the database answers (transactional
 * metadata query, falling back to the index where an installation turned that off), sorted by {@code gdpr:purgedAt};
 * the permission-check limit is raised to what the page costs, so a page far down the list is not cut short.
 */
@EntityResource(name = "disposals", title = "Disposal records")
public class DisposalsResource implements EntityResourceAction.Read<DisposalEntry>,
        EntityResourceAction.ReadById<DisposalEntry>, InitializingBean {

    static final String QUERY = "SELECT * FROM gdpr:disposalRecord ORDER BY gdpr:purgedAt DESC";
    static final int MAX_ITEMS = 1000;

    private SearchService searchService;
    private NodeService nodeService;
    private AdminAccess access;
    private ZoneId zone = ZoneId.of("Europe/Amsterdam");

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "searchService", searchService);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "access", access);
    }

    @Override
    public CollectionWithPagingInfo<DisposalEntry> readAll(Parameters parameters) {
        access.requireOfficer();
        AdminParameters.acceptOnly(parameters);
        AdminParameters.noOrderBy(parameters);
        AdminParameters.includes(parameters, "none");
        Paging paging = AdminParameters.paging(parameters, MAX_ITEMS);
        SearchParameters search = new SearchParameters();
        search.setLanguage(SearchService.LANGUAGE_CMIS_ALFRESCO);
        search.setQuery(QUERY);
        search.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        search.setQueryConsistency(QueryConsistency.TRANSACTIONAL_IF_POSSIBLE);
        // The API pages by skipCount (ACS's v1 contract); the permission-check limit below is raised to what the
        // skipped rows cost, so no page is cut short. Records are only added (newest first): a purge during the
        // reading can move a record to the next page, which a reader of proof can live with.
        search.setSkipCount(paging.getSkipCount()); // acs-lint: ok, limit raised to skip + page below
        // one more than the page, to know whether there are more
        search.setMaxItems(paging.getMaxItems() + 1);
        // every skipped row costs a permission check too: without this the database query stops at 1,000
        search.setMaxPermissionChecks(paging.getSkipCount() + paging.getMaxItems() + 1);
        search.setMaxPermissionCheckTimeMillis(Long.MAX_VALUE);
        ResultSet results = searchService.query(search);
        try {
            List<NodeRef> rows = results.getNodeRefs();
            List<DisposalEntry> entries = new ArrayList<>();
            for (NodeRef row : rows.subList(0, Math.min(rows.size(), paging.getMaxItems()))) {
                entries.add(entry(row, nodeService.getProperties(row)));
            }
            boolean more = rows.size() > paging.getMaxItems();
            // No total: the database query counts only as far as it read, so its number would mislead.
            return CollectionWithPagingInfo.asPaged(paging, entries, more, null);
        } finally {
            results.close();
        }
    }

    @Override
    public DisposalEntry readById(String id, Parameters parameters) {
        access.requireOfficer();
        AdminParameters.acceptOnly(parameters);
        NodeRef node = AdminParameters.nodeRef(id);
        try {
            if (!nodeService.exists(node)
                    || !RetentionModel.TYPE_DISPOSAL_RECORD.equals(nodeService.getType(node))) {
                throw new EntityNotFoundException(AdminMessages.DISPOSAL_NOT_FOUND, new String[] {id});
            }
            return entry(node, nodeService.getProperties(node));
        } catch (AccessDeniedException e) {
            throw new EntityNotFoundException(AdminMessages.DISPOSAL_NOT_FOUND, new String[] {id});
        }
    }

    DisposalEntry entry(NodeRef node, Map<QName, Serializable> properties) {
        DisposalEntry entry = new DisposalEntry();
        entry.setId(EntryValues.nodeId(node));
        entry.setDocumentId(text(properties.get(RetentionModel.PROP_DISPOSED_DOCUMENT_ID)));
        entry.setName(text(properties.get(RetentionModel.PROP_DISPOSED_NAME)));
        entry.setPath(text(properties.get(RetentionModel.PROP_DISPOSED_PATH)));
        entry.setTemplate(text(properties.get(RetentionModel.PROP_DISPOSED_TEMPLATE)));
        entry.setRetentionType(text(properties.get(RetentionModel.PROP_DISPOSED_RETENTION_TYPE)));
        entry.setCategory(text(properties.get(RetentionModel.PROP_DISPOSED_CATEGORY)));
        entry.setStartDate(EntryValues.day(properties.get(RetentionModel.PROP_DISPOSED_START), zone));
        entry.setExpiryDate(EntryValues.day(properties.get(RetentionModel.PROP_DISPOSED_EXPIRY), zone));
        Serializable purgedAt = properties.get(RetentionModel.PROP_PURGED_AT);
        entry.setPurgedAt(purgedAt instanceof Date date ? EntryValues.zonedIsoOffset(date.toInstant(), zone) : null);
        entry.setPurgedBy(text(properties.get(RetentionModel.PROP_PURGED_BY)));
        entry.setReason(text(properties.get(RetentionModel.PROP_DISPOSAL_REASON)));
        entry.setForced(Boolean.TRUE.equals(properties.get(RetentionModel.PROP_DISPOSAL_FORCED)));
        Collection<?> removed = list(properties.get(RetentionModel.PROP_BINARIES_REMOVED));
        entry.setBinariesRemoved(removed.size());
        entry.setBinariesKept(list(properties.get(RetentionModel.PROP_BINARIES_KEPT)).size());
        entry.setBytesRemoved(removed.stream().mapToLong(DisposalsResource::size).sum());
        return entry;
    }

    // "contentUrl|sizeInBytes|hmac", as the record writer stores it
    private static long size(Object removedEntry) {
        String[] fields = String.valueOf(removedEntry).split("\\|", -1);
        try {
            return fields.length >= 2 ? Long.parseLong(fields[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Collection<?> list(Serializable value) {
        return value instanceof Collection<?> values ? values : List.of();
    }

    public void setSearchService(SearchService searchService) {
        this.searchService = searchService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setAccess(AdminAccess access) {
        this.access = access;
    }

    /** The zone in which the record's days are days ({@code gdpr-retention.zone}). */
    public void setZone(String zone) {
        this.zone = ZoneId.of(zone.trim());
    }
}
