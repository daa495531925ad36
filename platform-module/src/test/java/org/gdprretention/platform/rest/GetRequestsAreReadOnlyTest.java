package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.transaction.ReadOnlyServerException;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.rest.api.RetentionSummariesEntityResource;
import org.gdprretention.platform.rest.api.RetentionsEntityResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every GET of the overview works in the read-only transaction ACS's framework serves it in: reading the list, one
 * document with its contact moments and path, and the totals records nothing (no audit entry, no stored status).
 */
class GetRequestsAreReadOnlyTest {

    private final RestFixture fixture = new RestFixture();
    private final RetentionsEntityResource retentions = fixture.retentions();
    private final RetentionSummariesEntityResource summaries = fixture.summaries();
    private NodeRef expired;

    @BeforeEach
    void wire() {
        expired = fixture.document(fixture.hrLibrary, "Salary 2016.pdf", "PAYROLL", LocalDate.of(2017, 1, 1));
        // a stored status a day old: the GET evaluates it now and must not store it
        fixture.repository.nodeService().setProperty(expired, RetentionModel.PROP_STATUS, "ACTIVE");
        fixture.document(fixture.hrLibrary, "salary 2024.pdf", "PAYROLL", LocalDate.of(2024, 1, 1));
        fixture.repository.nodeService().createNode(expired, RetentionModel.ASSOC_CONTACT_MOMENTS,
                RetentionModel.ASSOC_CONTACT_MOMENTS, RetentionModel.TYPE_CONTACT_MOMENT, Map.of(
                        RetentionModel.PROP_MOMENT_KIND, "EXPIRY_NOTIFIED", RetentionModel.PROP_MOMENT_CHANNEL, "TASK",
                        RetentionModel.PROP_MOMENT_AT, new Date()));
        fixture.actAs(RestFixture.OFFICER);
        fixture.requests.serveGet(true);
    }

    @Test
    void theDoubleRefusesAWriteAsAcsDoesInAGet() {
        assertThatThrownBy(() -> fixture.nodeService.setProperty(expired, RetentionModel.PROP_STATUS, "EXPIRED"))
                .isInstanceOf(ReadOnlyServerException.class);
    }

    @Test
    void theOverviewOneDocumentAndTheTotalsAreReadOnly() {
        assertThat(retentions.readAll(RestRequest.query("include=path&orderBy=name").parameters()).getCollection())
                .hasSize(2);
        assertThat(retentions.readAll(RestRequest.query("status=EXPIRED").parameters()).getCollection())
                .extracting("status").containsExactly("EXPIRED");
        assertThat(retentions.readById(expired.getId(), RestRequest.query("include=path").entityId(expired.getId())
                .parameters()).getContactMoments()).hasSize(1);
        assertThat(summaries.readById("-current-", RestRequest.query("").parameters()).getTotalsPerStatus())
                .isNotEmpty();
        assertThat(fixture.repository.property(expired, RetentionModel.PROP_STATUS)).isEqualTo("ACTIVE");
    }
}
