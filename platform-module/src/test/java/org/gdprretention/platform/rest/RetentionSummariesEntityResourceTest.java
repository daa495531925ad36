package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.gdprretention.platform.rest.api.RetentionSummariesEntityResource;
import org.gdprretention.platform.rest.model.RetentionSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /retention-summaries/-current-: totals for the caller and the filters. */
class RetentionSummariesEntityResourceTest {

    private final RestFixture fixture = new RestFixture();
    private final RetentionSummariesEntityResource resource = fixture.summaries();
    private final NodeRef contractTemplate = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE,
            "11111111-2222-3333-4444-555555555555");

    @BeforeEach
    void documents() {
        // today is 2025-06-15: VOG started 2025-06-01 expires 2025-06-29, one started 2025-08-01 on 2025-08-29
        fixture.fromTemplate(fixture.document(fixture.hrLibrary, "a.pdf", "VOG", LocalDate.of(2025, 6, 1)),
                contractTemplate, "Contract");
        fixture.fromTemplate(fixture.document(fixture.hrLibrary, "b.pdf", "VOG", LocalDate.of(2025, 8, 1)),
                contractTemplate, "Contract");
        fixture.document(fixture.hrLibrary, "c.pdf", "PAYROLL", LocalDate.of(2010, 1, 1));
        fixture.document(fixture.hrLibrary, "d.pdf", "PAYROLL", LocalDate.of(2018, 7, 1)); // 2025-07-01
        fixture.document(fixture.privateFolder, "e.pdf", "VOG", LocalDate.of(2025, 6, 2));
    }

    @Test
    void totalsPerTemplateStatusAndMonthOverTheReadableDocuments() {
        RetentionSummary summary = resource.readById(RetentionSummariesEntityResource.CURRENT,
                RestRequest.query("").parameters());

        assertThat(summary.isCallerIsOfficer()).isFalse();
        assertThat(summary.getTotalsPerTemplate()).extracting(t -> t.getTemplate().getName() + "=" + t.getCount())
                .containsExactlyInAnyOrder("Contract=2", "null=2");
        assertThat(summary.getTotalsPerStatus()).extracting(t -> t.getStatus() + "=" + t.getCount())
                .containsExactly("ACTIVE=1", "EXPIRING=2", "EXPIRED=1");
        assertThat(summary.getExpiringPerMonth()).extracting(m -> m.getMonth() + " " + m.getTemplate().getName()
                + "=" + m.getCount()).containsExactly("2025-06 Contract=1", "2025-07 null=1", "2025-08 Contract=1");
    }

    @Test
    void theFiltersApplyAndAnOfficerIsToldSo() {
        fixture.actAs(RestFixture.OFFICER);

        RetentionSummary summary = resource.readById(RetentionSummariesEntityResource.CURRENT,
                RestRequest.query("retentionType=PAYROLL").parameters());

        assertThat(summary.isCallerIsOfficer()).isTrue();
        assertThat(summary.getTotalsPerStatus()).extracting(t -> t.getStatus() + "=" + t.getCount())
                .containsExactly("EXPIRING=1", "EXPIRED=1");
    }

    @Test
    void onlyTheCurrentSummaryExistsAndPagingDoesNotApply() {
        assertThatThrownBy(() -> resource.readById("other", RestRequest.query("").parameters()))
                .isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> resource.readById(RetentionSummariesEntityResource.CURRENT,
                RestRequest.query("maxItems=5").parameters())).isInstanceOf(InvalidArgumentException.class);
    }
}
