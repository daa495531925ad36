package org.gdprretention.platform.rest.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alfresco.rest.framework.resource.EntityResource;
import org.alfresco.rest.framework.resource.actions.interfaces.EntityResourceAction;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;
import org.alfresco.rest.framework.resource.parameters.Parameters;
import org.alfresco.rest.framework.resource.parameters.Paging;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.platform.overview.OverviewFilter;
import org.gdprretention.platform.overview.OverviewPage;
import org.gdprretention.platform.overview.OverviewSort;
import org.gdprretention.platform.overview.RetentionOverview;
import org.gdprretention.platform.overview.RetentionRow;
import org.gdprretention.platform.rest.NodeIds;
import org.gdprretention.platform.rest.OverviewRequest;
import org.gdprretention.platform.rest.QueryParams;
import org.gdprretention.platform.rest.RestErrors;
import org.gdprretention.platform.rest.RetentionEntities;
import org.gdprretention.platform.rest.model.Retention;
import org.gdprretention.platform.security.GdprOfficers;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.extensions.surf.util.I18NUtil;

/**
 * {@code GET /retentions}: the overview, as the caller (only documents they can read), filtered, sorted and
 * paged; {@code GET /retentions/{nodeId}}: one document with its contact moments, 404 when it has no retention or
 * the caller cannot read it. Type labels in the caller's locale.
 */
@EntityResource(name = "retentions", title = "Documents with their retention")
public class RetentionsEntityResource implements EntityResourceAction.Read<Retention>,
        EntityResourceAction.ReadById<Retention>, InitializingBean {

    static final String INCLUDE_PATH = "path";

    private RetentionOverview overview;
    private NodeService nodeService;
    private PermissionService permissionService;
    private AuthorityService authorityService;
    private RetentionStatusEvaluator statusEvaluator;
    private GdprOfficers officers;
    private RetentionEntities entities;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "overview", overview);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "permissionService", permissionService);
        PropertyCheck.mandatory(this, "authorityService", authorityService);
        PropertyCheck.mandatory(this, "statusEvaluator", statusEvaluator);
        officers = new GdprOfficers(authorityService);
        entities = new RetentionEntities(nodeService, permissionService,
                statusEvaluator.calculator().zone());
    }

    @Override
    public CollectionWithPagingInfo<Retention> readAll(Parameters parameters) {
        QueryParams query = QueryParams.of(parameters).allowOnly(OverviewRequest.listParameters("include"));
        boolean withPath = includesPath(parameters);
        OverviewFilter filter = OverviewRequest.filter(query);
        OverviewSort sort = OverviewRequest.sort(parameters.getSorting());
        Paging paging = OverviewRequest.paging(parameters.getPaging());
        if (!sort.streams() && (long) paging.getSkipCount() + paging.getMaxItems() > RetentionOverview.MAX_SORTED_WINDOW) {
            throw RestErrors.invalid("sortedWindow", RetentionOverview.MAX_SORTED_WINDOW);
        }
        OverviewPage page = overview.page(filter, sort, paging.getSkipCount(), paging.getMaxItems());
        boolean officer = officers.includes(GdprOfficers.currentPerson());
        Locale locale = I18NUtil.getLocale();
        List<Retention> entries = new ArrayList<>();
        for (RetentionRow row : page.rows()) {
            entries.add(entities.entity(row, locale, officer, withPath));
        }
        return CollectionWithPagingInfo.asPaged(paging, entries, page.hasMoreItems(), page.totalItems());
    }

    @Override
    public Retention readById(String id, Parameters parameters) {
        QueryParams.of(parameters).allowOnly(Set.of("include"));
        boolean withPath = includesPath(parameters);
        NodeRef node = NodeIds.parse(id, "nodeId");
        RetentionRow row = overview.row(node).orElseThrow(() -> RestErrors.notFound(id));
        Retention entity = entities.entity(row, I18NUtil.getLocale(), officers.includes(GdprOfficers.currentPerson()),
                withPath);
        entity.setContactMoments(entities.contactMoments(node));
        return entity;
    }

    static boolean includesPath(Parameters parameters) {
        List<String> include = parameters.getInclude();
        if (include == null) {
            return false;
        }
        for (String value : include) {
            if (!INCLUDE_PATH.equals(value)) {
                throw RestErrors.invalid("include", value, INCLUDE_PATH);
            }
        }
        return include.contains(INCLUDE_PATH);
    }

    public void setOverview(RetentionOverview overview) {
        this.overview = overview;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setPermissionService(PermissionService permissionService) {
        this.permissionService = permissionService;
    }

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    public void setStatusEvaluator(RetentionStatusEvaluator statusEvaluator) {
        this.statusEvaluator = statusEvaluator;
    }
}
