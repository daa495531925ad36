package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.LocalDate;
import org.gdprretention.core.ConsentState;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.platform.disposal.PurgeService;
import org.gdprretention.platform.hold.LegalHoldService;
import org.gdprretention.platform.rest.RestFuzzer.BodyShape;
import org.gdprretention.platform.rest.RestFuzzer.QueryParam;
import org.gdprretention.platform.rest.api.LegalHoldsRelation;
import org.gdprretention.platform.rest.api.PurgesEntityResource;
import org.gdprretention.platform.rest.api.RetentionSummariesEntityResource;
import org.gdprretention.platform.rest.api.RetentionsEntityResource;
import org.gdprretention.platform.rest.model.LegalHold;
import org.gdprretention.platform.rest.model.Purge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every part-A endpoint answers {@value RestFuzzer#DEFAULT_REQUESTS} malformed requests with a 4xx framework
 * exception, as an officer (so that the checks behind the officer check are reached), and nothing is written: the
 * services that change things are never called.
 */
class RestApiFuzzTest {

    private static final long SEED = 20261130L;

    private final RestFixture fixture = new RestFixture();
    private final PurgeService purgeService = mock(PurgeService.class);
    private final LegalHoldService legalHoldService = mock(LegalHoldService.class);
    private final RetentionsEntityResource retentions = fixture.retentions();
    private final RetentionSummariesEntityResource summaries = fixture.summaries();
    private final PurgesEntityResource purges = new PurgesEntityResource();
    private final LegalHoldsRelation holds = new LegalHoldsRelation();

    @BeforeEach
    void wire() {
        purges.setPurgeService(purgeService);
        purges.setAuthorityService(fixture.authorities.service());
        purges.afterPropertiesSet();
        holds.setLegalHoldService(legalHoldService);
        holds.setOverview(fixture.overview);
        holds.setNodeService(fixture.nodeService);
        holds.setPermissionService(fixture.permissions);
        holds.setAuthorityService(fixture.authorities.service());
        holds.setStatusEvaluator(fixture.retention.statusEvaluator);
        holds.afterPropertiesSet();
        fixture.document(fixture.hrLibrary, "a.pdf", "PAYROLL", LocalDate.of(2017, 1, 1));
        fixture.document(fixture.hrLibrary, "b.pdf", "VOG", LocalDate.of(2025, 6, 1));
        fixture.document(fixture.companyHome, "c.pdf", "PAYROLL", null);
        fixture.actAs(RestFixture.OFFICER);
    }

    @AfterEach
    void nothingWasWritten() {
        verifyNoInteractions(purgeService, legalHoldService);
    }

    static QueryParam[] filters() {
        return new QueryParam[] {
            QueryParam.enumeration("status", names(RetentionStatus.values())).repeatable(),
            QueryParam.code("retentionType", 64), QueryParam.enumeration("category", names(RetentionCategory.values())),
            QueryParam.nodeId("template"), QueryParam.code("site", 64), QueryParam.date("expiryFrom"),
            QueryParam.date("expiryTo"), QueryParam.enumeration("consentStatus", names(ConsentState.values())),
            QueryParam.bool("onHold"), QueryParam.text("subject", QueryParams.MAX_TEXT),
            QueryParam.text("text", QueryParams.MAX_TEXT)};
    }

    @Test
    void listRetentions() {
        run(new RestFuzzer(SEED).endpoint("GET /retentions").query(filters()).paging(1000)
                .orderBy("expiryDate", "name", "retentionType", "status").include("path")
                .call(request -> retentions.readAll(request.parameters())));
    }

    @Test
    void readOneRetention() {
        run(new RestFuzzer(SEED + 1).endpoint("GET /retentions/{nodeId}").nodeIdInPath().include("path")
                .call(request -> retentions.readById(request.id(), request.parameters())));
    }

    @Test
    void readTheSummary() {
        run(new RestFuzzer(SEED + 2).endpoint("GET /retention-summaries/-current-").query(filters())
                .call(request -> summaries.readById(RetentionSummariesEntityResource.CURRENT, request.parameters())));
    }

    @Test
    void createAPurge() {
        run(new RestFuzzer(SEED + 3).endpoint("POST /purges")
                .body(BodyShape.object().asCollection().nodeIds("nodeIds", 500, true).bool("dryRun")
                        .text("forceReason", PurgesEntityResource.MAX_REASON, false))
                .call(request -> purges.create(request.bodyList(Purge.class), request.parameters())));
    }

    @Test
    void placeALegalHold() {
        run(new RestFuzzer(SEED + 4).endpoint("POST /retentions/{nodeId}/legal-holds").nodeIdInPath()
                .body(BodyShape.object().asCollection().text("reason", LegalHoldsRelation.MAX_REASON, true))
                .call(request -> holds.create(request.id(), request.bodyList(LegalHold.class),
                        request.parameters())));
    }

    @Test
    void liftALegalHold() {
        run(new RestFuzzer(SEED + 5).endpoint("DELETE /retentions/{nodeId}/legal-holds/current").nodeIdInPath()
                .query(QueryParam.text("reason", QueryParams.MAX_TEXT))
                .call(request -> {
                    holds.delete(request.id(), LegalHoldsRelation.CURRENT, request.parameters());
                    return "204";
                }));
    }

    private static void run(RestFuzzer.Endpoint endpoint) {
        RestFuzzer.Report report = endpoint.run(RestFuzzer.DEFAULT_REQUESTS);
        assertThat(report.total()).isGreaterThanOrEqualTo(RestFuzzer.DEFAULT_REQUESTS);
    }

    private static String[] names(Enum<?>[] values) {
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return names;
    }
}
