package org.gdprretention.platform.rest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.alfresco.rest.framework.core.exceptions.ApiException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.gdprretention.platform.disposal.PurgeOptions;
import org.gdprretention.platform.disposal.PurgeOutcome;
import org.gdprretention.platform.disposal.PurgeReport;
import org.gdprretention.platform.disposal.PurgeResult;
import org.gdprretention.platform.disposal.PurgeService;
import org.gdprretention.platform.hold.LegalHoldService;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.rest.api.LegalHoldsRelation;
import org.gdprretention.platform.rest.api.PurgesEntityResource;
import org.gdprretention.platform.rest.api.RetentionSummariesEntityResource;
import org.gdprretention.platform.rest.api.RetentionsEntityResource;
import org.gdprretention.platform.rest.model.LegalHold;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.extensions.surf.util.I18NUtil;

/**
 * Each endpoint's answer serialised as ACS's REST framework writes it, against fixtures of the v1 shape
 * ({@code rest/fixtures/*.json}): field names, nesting, dates as text, nulls and blanks left out.
 */
class RestShapeTest {

    private static final String ID = "0b4f8c2e-6a1d-4f3e-9b7a-2c5d8e1f4a6b";
    private static final String TEMPLATE = "11111111-2222-3333-4444-555555555555";

    private final RestFixture fixture = new RestFixture();
    private final RetentionsEntityResource retentions = fixture.retentions();
    private NodeRef document;

    @BeforeEach
    void document() {
        document = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, ID);
        fixture.repository.add(document, org.alfresco.model.ContentModel.TYPE_CONTENT, fixture.hrLibrary,
                Map.of(org.alfresco.model.ContentModel.PROP_NAME, "contract jansen.pdf",
                        org.alfresco.model.ContentModel.PROP_CREATED, new Date()));
        fixture.repository.addAspect(document, RetentionModel.ASPECT_RETAINABLE, Map.of(
                RetentionModel.PROP_RETENTION_TYPE, "PAYROLL", RetentionModel.PROP_CATEGORY, "OTHER",
                RetentionModel.PROP_RETENTION_START, org.gdprretention.platform.config.RepositoryDates.toDate(
                        LocalDate.of(2017, 1, 1), org.gdprretention.platform.testsupport.FakeRepository.ZONE),
                RetentionModel.PROP_EXPIRY_DATE, org.gdprretention.platform.config.RepositoryDates.toDate(
                        LocalDate.of(2024, 1, 1), org.gdprretention.platform.testsupport.FakeRepository.ZONE),
                RetentionModel.PROP_EXTENSION_COUNT, 1, RetentionModel.PROP_CONSENT_STATUS, "REFUSED"));
        fixture.fromTemplate(document, new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, TEMPLATE), "Contract");
        fixture.actAs(RestFixture.OFFICER);
        I18NUtil.setLocale(java.util.Locale.ENGLISH);
    }

    @AfterEach
    void resetLocale() {
        I18NUtil.setLocale(null);
    }

    @Test
    void aPageOfTheOverview() {
        RestJson.assertMatchesFixture(RestJson.list(retentions.readAll(
                RestRequest.query("maxItems=10&include=path").parameters())), "retentions-list.json");
    }

    @Test
    void oneRetentionWithItsContactMoments() {
        fixture.repository.nodeService().createNode(document, RetentionModel.ASSOC_CONTACT_MOMENTS,
                RetentionModel.ASSOC_CONTACT_MOMENTS, RetentionModel.TYPE_CONTACT_MOMENT, Map.of(
                        RetentionModel.PROP_MOMENT_KIND, "EXPIRY_NOTIFIED", RetentionModel.PROP_MOMENT_CHANNEL, "EMAIL",
                        RetentionModel.PROP_MOMENT_ACTOR, "System", RetentionModel.PROP_MOMENT_AT,
                        Date.from(java.time.Instant.parse("2024-01-02T07:00:00Z"))));

        RestJson.assertMatchesFixture(RestJson.entry(retentions.readById(ID, RestRequest.query("").parameters())),
                "retention-entry.json");
    }

    @Test
    void theSummary() {
        RetentionSummariesEntityResource summaries = fixture.summaries();

        RestJson.assertMatchesFixture(RestJson.entry(summaries.readById(RetentionSummariesEntityResource.CURRENT,
                RestRequest.query("").parameters())), "retention-summary-entry.json");
    }

    @Test
    void aDryRunPurge() {
        PurgeService purgeService = mock(PurgeService.class);
        when(purgeService.purge(anyList(), any(PurgeOptions.class))).thenReturn(new PurgeReport(true, List.of(
                new PurgeOutcome(document, PurgeResult.REFUSED, "NOT_EXPIRED: its retention has not expired", null,
                        List.of(), List.of()))));
        PurgesEntityResource purges = new PurgesEntityResource();
        purges.setPurgeService(purgeService);
        purges.setAuthorityService(fixture.authorities.service());
        purges.afterPropertiesSet();

        RestJson.assertMatchesFixture(RestJson.entry(purges.create(RestJson.readBodyList(
                "{\"nodeIds\":[\"" + ID + "\"]}", org.gdprretention.platform.rest.model.Purge.class),
                RestRequest.query("").parameters()).get(0)), "purge-entry.json");
    }

    @Test
    void aPlacedLegalHold() {
        LegalHoldService holds = mock(LegalHoldService.class);
        when(holds.placeHold(document, "court case")).thenAnswer(call -> {
            fixture.hold(document, "court case");
            return true;
        });
        LegalHoldsRelation relation = new LegalHoldsRelation();
        relation.setLegalHoldService(holds);
        relation.setOverview(fixture.overview);
        relation.setNodeService(fixture.nodeService);
        relation.setPermissionService(fixture.permissions);
        relation.setAuthorityService(fixture.authorities.service());
        relation.setStatusEvaluator(fixture.retention.statusEvaluator);
        relation.afterPropertiesSet();

        List<LegalHold> placed = relation.create(ID, RestJson.readBodyList("{\"reason\":\"court case\"}",
                LegalHold.class), RestRequest.query("").parameters());

        RestJson.assertMatchesFixture(RestJson.entry(placed.get(0)), "legal-hold-entry.json");
    }

    @Test
    void anError() {
        try {
            retentions.readAll(RestRequest.query("maxItems=5000").parameters());
        } catch (ApiException e) {
            RestJson.assertMatchesFixture(RestJson.error(e, RestStatus.of(e)), "error-maxItems.json");
            return;
        }
        throw new AssertionError("maxItems=5000 was accepted");
    }
}
