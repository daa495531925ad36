package org.gdprretention.platform.rest.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alfresco.rest.framework.resource.EntityResource;
import org.alfresco.rest.framework.resource.actions.interfaces.EntityResourceAction;
import org.alfresco.rest.framework.resource.parameters.Parameters;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.platform.overview.OverviewSummary;
import org.gdprretention.platform.overview.RetentionOverview;
import org.gdprretention.platform.rest.OverviewRequest;
import org.gdprretention.platform.rest.QueryParams;
import org.gdprretention.platform.rest.RestErrors;
import org.gdprretention.platform.rest.RetentionEntities;
import org.gdprretention.platform.rest.model.MonthCount;
import org.gdprretention.platform.rest.model.RetentionSummary;
import org.gdprretention.platform.rest.model.StatusCount;
import org.gdprretention.platform.rest.model.TemplateCount;
import org.gdprretention.platform.security.GdprOfficers;
import org.springframework.beans.factory.InitializingBean;

/**
 * {@code GET /retention-summaries/-current-}: totals per template and per status, and documents expiring in each of
 * the next 12 months per template, for the overview's filters, over the documents the caller can read.
 */
@EntityResource(name = "retention-summaries", title = "Totals of the retention overview")
public class RetentionSummariesEntityResource implements EntityResourceAction.ReadById<RetentionSummary>,
        InitializingBean {

    /** The only summary: the caller's, now. */
    public static final String CURRENT = "-current-";

    private RetentionOverview overview;
    private AuthorityService authorityService;
    private GdprOfficers officers;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "overview", overview);
        PropertyCheck.mandatory(this, "authorityService", authorityService);
        officers = new GdprOfficers(authorityService);
    }

    @Override
    public RetentionSummary readById(String id, Parameters parameters) {
        if (!CURRENT.equals(id)) {
            throw RestErrors.notFound(id);
        }
        QueryParams query = QueryParams.of(parameters).allowOnly(OverviewRequest.FILTERS);
        OverviewSummary summary = overview.summary(OverviewRequest.filter(query));
        RetentionSummary entity = new RetentionSummary();
        entity.setCallerIsOfficer(officers.includes(GdprOfficers.currentPerson()));
        List<TemplateCount> perTemplate = new ArrayList<>();
        summary.perTemplate().forEach((template, count) -> {
            TemplateCount total = new TemplateCount();
            total.setTemplate(RetentionEntities.template(template.nodeRef(), template.name()));
            total.setCount(count);
            perTemplate.add(total);
        });
        entity.setTotalsPerTemplate(perTemplate);
        List<StatusCount> perStatus = new ArrayList<>();
        for (Map.Entry<RetentionStatus, Long> total : summary.perStatus().entrySet()) {
            StatusCount count = new StatusCount();
            count.setStatus(total.getKey().name());
            count.setCount(total.getValue());
            perStatus.add(count);
        }
        entity.setTotalsPerStatus(perStatus);
        List<MonthCount> perMonth = new ArrayList<>();
        summary.expiringPerMonth().forEach((month, templates) -> templates.forEach((template, count) -> {
            MonthCount total = new MonthCount();
            total.setMonth(month.toString());
            total.setTemplate(RetentionEntities.template(template.nodeRef(), template.name()));
            total.setCount(count);
            perMonth.add(total);
        }));
        entity.setExpiringPerMonth(perMonth);
        return entity;
    }

    public void setOverview(RetentionOverview overview) {
        this.overview = overview;
    }

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }
}
