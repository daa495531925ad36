package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.gdprretention.platform.rest.api.AdminParameters;
import org.gdprretention.platform.rest.api.RetentionSummariesEntityResource;
import org.gdprretention.platform.rest.api.RetentionsEntityResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Query parameters a legitimate client sends that are not the endpoint's own, as ACS receives them: {@code alf_ticket}
 * (ACS's ticket authentication), {@code format} (the web script runtime's format argument; ACS's
 * {@code ResourceWebScript.*.desc.xml} declare {@code <format default="json">argument</format>}), {@code alf_method}
 * (the runtime's method override of a tunnelled POST), {@code noCache} (the cache buster Share's
 * {@code Alfresco.util.Ajax} adds to a GET) and {@code fields}/{@code properties} (the framework's filter of the answer,
 * applied by {@code ResourceWebScriptHelper} to every answer, a POST's too; {@code properties} is its older name).
 * None may be refused as unknown, on any endpoint; a real typo still is.
 */
class ClientParametersTest {

    private static final String CLIENT = "alf_ticket=TICKET_0123&format=json&noCache=1764547200000&fields=id,name"
            + "&properties=id&alf_method=GET";

    @ParameterizedTest
    @ValueSource(strings = {"alf_ticket=TICKET_0123", "format=json", "noCache=1764547200000", "fields=id,name",
            "properties=id", "alf_method=POST"})
    void anEndpointWithoutParametersOfItsOwnTakesWhatEveryClientMaySend(String query) {
        QueryParams.of(RestRequest.query(query).parameters()).allowOnly(Set.of());
        AdminParameters.acceptOnly(RestRequest.query(query).parameters());
    }

    @Test
    void theOverviewAndItsSummaryTakeThemToo() {
        RestFixture fixture = new RestFixture();
        fixture.document(fixture.hrLibrary, "a.pdf", "VOG", LocalDate.of(2025, 6, 1));
        RetentionsEntityResource retentions = fixture.retentions();
        RetentionSummariesEntityResource summaries = fixture.summaries();

        assertThat(retentions.readAll(RestRequest.query("site=hr&" + CLIENT).parameters()).getCollection())
                .hasSize(1);
        String id = retentions.readAll(RestRequest.query("").parameters()).getCollection().iterator().next().getId();
        assertThat(retentions.readById(id, RestRequest.query(CLIENT).entityId(id).parameters()).getName())
                .isEqualTo("a.pdf");
        assertThat(summaries.readById("-current-", RestRequest.query("site=hr&" + CLIENT).parameters())
                .getTotalsPerStatus()).isNotEmpty();
    }

    /**
     * ACS parses {@code where} and {@code select} for every request, but only a resource that reads them filters
     * with them; these resources filter with plain parameters ({@code nodeId}, {@code status}...). Taking a
     * {@code where} and ignoring it would answer a wider list than the client asked for.
     */
    @ParameterizedTest
    @ValueSource(strings = {"where=(nodeId='0b4f8c2e-6a1d-4f3e-9b7a-2c5d8e1f4a6b')", "select=id"})
    void aFilterNoResourceReadsIsRefusedNotIgnored(String query) {
        assertThatThrownBy(() -> AdminParameters.acceptOnly(RestRequest.query(query).parameters(), "state", "nodeId"))
                .isInstanceOf(InvalidArgumentException.class).extracting("msgId")
                .isEqualTo("gdpr.rest.admin.error.unknownParameter");
        assertThatThrownBy(() -> QueryParams.of(RestRequest.query(query).parameters())
                .allowOnly(OverviewRequest.listParameters("include"))).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void aTypoIsStillRefused() {
        assertThatThrownBy(() -> QueryParams.of(RestRequest.query("feilds=id").parameters()).allowOnly(Set.of()))
                .isInstanceOf(InvalidArgumentException.class).extracting("msgId")
                .isEqualTo("gdpr.rest.error.unknownParameter");
        assertThatThrownBy(() -> AdminParameters.acceptOnly(RestRequest.query("nocache=1").parameters()))
                .isInstanceOf(InvalidArgumentException.class);
    }
}
