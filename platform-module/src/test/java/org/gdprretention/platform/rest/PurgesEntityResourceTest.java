package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.rest.framework.core.exceptions.PermissionDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.gdprretention.core.proof.RemovedBinary;
import org.gdprretention.platform.disposal.PurgeOptions;
import org.gdprretention.platform.disposal.PurgeOutcome;
import org.gdprretention.platform.disposal.PurgeReport;
import org.gdprretention.platform.disposal.PurgeResult;
import org.gdprretention.platform.disposal.PurgeService;
import org.gdprretention.platform.rest.api.PurgesEntityResource;
import org.gdprretention.platform.rest.model.Purge;
import org.gdprretention.platform.rest.model.PurgeOutcomeEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** POST /purges: officers only, dry run unless false is sent, a limit on ids, PurgeService's outcomes as given. */
class PurgesEntityResourceTest {

    private final RestFixture fixture = new RestFixture();
    private final PurgeService purgeService = mock(PurgeService.class);
    private final PurgesEntityResource resource = new PurgesEntityResource();
    private final String first = UUID.randomUUID().toString();
    private final String second = UUID.randomUUID().toString();

    @BeforeEach
    void wire() {
        resource.setPurgeService(purgeService);
        resource.setAuthorityService(fixture.authorities.service());
        resource.setMaxNodes(3);
        resource.setBatchLimit(500);
        resource.afterPropertiesSet();
        fixture.actAs(RestFixture.OFFICER);
        when(purgeService.purge(anyList(), any(PurgeOptions.class))).thenAnswer(call -> {
            List<NodeRef> nodes = call.getArgument(0);
            PurgeOptions options = call.getArgument(1);
            List<PurgeOutcome> outcomes = new ArrayList<>();
            outcomes.add(new PurgeOutcome(nodes.get(0), options.dryRun() ? PurgeResult.WOULD_PURGE
                    : PurgeResult.SCHEDULED, options.dryRun() ? "would be purged" : PurgeService.SCHEDULED_REASON,
                    null, List.of(new RemovedBinary("store://a", 10, java.util.Optional.empty())), List.of()));
            for (NodeRef node : nodes.subList(1, nodes.size())) {
                outcomes.add(new PurgeOutcome(node, PurgeResult.REFUSED,
                        "ON_HOLD: the document is under legal hold; a hold is never overridden", null, List.of(),
                        List.of()));
            }
            return new PurgeReport(options.dryRun(), outcomes);
        });
    }

    @Test
    void aPurgeIsADryRunUnlessFalseIsSent() {
        Purge answer = purge(request(null, first, second));

        ArgumentCaptor<PurgeOptions> options = ArgumentCaptor.forClass(PurgeOptions.class);
        verify(purgeService).purge(org.mockito.ArgumentMatchers.eq(List.of(node(first), node(second))),
                options.capture());
        assertThat(options.getValue().dryRun()).isTrue();
        assertThat(answer.getDryRun()).isTrue();
        assertThat(answer.getOutcomes()).extracting(PurgeOutcomeEntry::getOutcome).containsExactly("WOULD_PURGE",
                "REFUSED");
    }

    @Test
    void dryRunFalseDeletesAfterTheRequestCommitsAndSaysSo() {
        Purge answer = purge(request(false, first));

        assertThat(answer.getDryRun()).isFalse();
        PurgeOutcomeEntry outcome = answer.getOutcomes().get(0);
        assertThat(outcome.getOutcome()).isEqualTo("SCHEDULED");
        assertThat(outcome.getNodeId()).isEqualTo(first);
        assertThat(outcome.getBinariesRemoved()).isEqualTo(1);
    }

    @Test
    void aRefusalCarriesTheEnginesCodeAndItsSentence() {
        PurgeOutcomeEntry refused = purge(request(true, first, second)).getOutcomes().get(1);

        assertThat(refused.getReason()).isEqualTo("ON_HOLD");
        assertThat(refused.getMessage()).isEqualTo("the document is under legal hold; a hold is never overridden");
    }

    @Test
    void theForceReasonReachesThePurgeService() {
        Purge request = request(false, first);
        request.setForceReason("  court order 2025/17 ");

        purge(request);

        ArgumentCaptor<PurgeOptions> options = ArgumentCaptor.forClass(PurgeOptions.class);
        verify(purgeService).purge(anyList(), options.capture());
        assertThat(options.getValue().forceReason()).isEqualTo("court order 2025/17");
    }

    @Test
    void moreIdsThanTheLimitAreRefusedAndNothingIsPurged() {
        assertThatThrownBy(() -> purge(request(false, first, second, UUID.randomUUID().toString(),
                UUID.randomUUID().toString()))).isInstanceOf(InvalidArgumentException.class)
                .extracting("msgId").isEqualTo("gdpr.rest.error.tooManyNodes");
        assertThatThrownBy(() -> purge(request(false))).extracting("msgId")
                .isEqualTo("gdpr.rest.error.nodeIdsRequired");
        assertThatThrownBy(() -> purge(request(false, first, "../" + second))).extracting("msgId")
                .isEqualTo("gdpr.rest.error.nodeId");
        verifyNoInteractions(purgeService);
    }

    @Test
    void onlyOfficersAndAdministratorsMayPurgeEvenInADryRun() {
        fixture.actAs(RestFixture.READER);
        assertThatThrownBy(() -> purge(request(true, first))).isInstanceOf(PermissionDeniedException.class);
        verifyNoInteractions(purgeService);

        fixture.actAs(RestFixture.ADMIN);
        assertThat(purge(request(true, first)).getOutcomes()).hasSize(1);
    }

    /**
     * ACS's framework reads a POST body as JSON whatever its Content-Type (ResourceWebScriptPost only sets multipart
     * apart), and a cross-site HTML form can POST text/plain without a CORS preflight, carrying the Basic credentials
     * a browser keeps for ACS (an administrator who used the Admin Console) and a body such as
     * {@code {"nodeIds":["..."],"dryRun":false,"forceReason":"=x"}} (the form's "=" inside a string). A purge must
     * not run on such a request: only application/json, which a form cannot send, is read.
     */
    @Test
    void aBodyThatIsNotSentAsJsonIsRefusedAndNothingIsPurged() {
        Purge forged = request(false, first);
        forged.setForceReason("=x");
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
                null}) {
            assertThatThrownBy(() -> resource.create(List.of(forged), RestRequest.query("").contentType(type)
                    .parameters())).as("Content-Type %s", type)
                    .isInstanceOf(org.alfresco.rest.framework.core.exceptions.UnsupportedMediaTypeException.class)
                    .satisfies(e -> assertThat(RestStatus.of(e)).isEqualTo(415));
        }
        verifyNoInteractions(purgeService);

        resource.create(List.of(forged), RestRequest.query("").contentType("application/json; charset=UTF-8")
                .parameters());
        verify(purgeService).purge(anyList(), any(PurgeOptions.class));
    }

    private Purge purge(Purge request) {
        List<Purge> answer = resource.create(List.of(request), RestRequest.query("").parameters());
        assertThat(answer).hasSize(1);
        return answer.get(0);
    }

    static Purge request(Boolean dryRun, String... ids) {
        Purge purge = new Purge();
        purge.setNodeIds(List.of(ids));
        purge.setDryRun(dryRun);
        return purge;
    }

    private static NodeRef node(String id) {
        return new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, id);
    }
}
