package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import org.alfresco.rest.framework.core.exceptions.ConstraintViolatedException;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.rest.framework.core.exceptions.PermissionDeniedException;
import org.alfresco.rest.framework.core.exceptions.RelationshipResourceNotFoundException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.platform.hold.LegalHoldService;
import org.gdprretention.platform.rest.api.LegalHoldsRelation;
import org.gdprretention.platform.rest.model.LegalHold;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST and DELETE /retentions/{nodeId}/legal-holds through LegalHoldService. */
class LegalHoldsRelationTest {

    private final RestFixture fixture = new RestFixture();
    private final LegalHoldService holds = mock(LegalHoldService.class);
    private final LegalHoldsRelation resource = new LegalHoldsRelation();
    private NodeRef document;
    private NodeRef privateDocument;

    @BeforeEach
    void wire() {
        resource.setLegalHoldService(holds);
        resource.setOverview(fixture.overview);
        resource.setNodeService(fixture.nodeService);
        resource.setPermissionService(fixture.permissions);
        resource.setAuthorityService(fixture.authorities.service());
        resource.setStatusEvaluator(fixture.retention.statusEvaluator);
        resource.afterPropertiesSet();
        document = fixture.document(fixture.hrLibrary, "contract.pdf", "PAYROLL", LocalDate.of(2020, 1, 1));
        privateDocument = fixture.document(fixture.privateFolder, "p.pdf", "PAYROLL", LocalDate.of(2020, 1, 1));
        fixture.actAs(RestFixture.OFFICER);
    }

    @Test
    void anOfficerPlacesAHoldWithAReasonAndGetsItBack() {
        when(holds.placeHold(document, "court case 17")).thenAnswer(call -> {
            fixture.hold(document, "court case 17");
            return true;
        });

        List<LegalHold> placed = resource.create(document.getId(), List.of(hold("  court case 17 ")),
                RestRequest.query("").parameters());

        assertThat(placed).singleElement().satisfies(hold -> {
            assertThat(hold.getReason()).isEqualTo("court case 17");
            assertThat(hold.getBy()).isEqualTo(RestFixture.OFFICER);
            assertThat(hold.getSince()).isEqualTo("2025-06-15T12:00:00+02:00");
        });
    }

    @Test
    void aSecondHoldIsAConflict() {
        when(holds.placeHold(any(), anyString())).thenReturn(false);

        assertThatThrownBy(() -> resource.create(document.getId(), List.of(hold("again")),
                RestRequest.query("").parameters())).isInstanceOf(ConstraintViolatedException.class);
    }

    @Test
    void aHoldNeedsAReasonAndAnOfficerAndAReadableDocument() {
        assertThatThrownBy(() -> resource.create(document.getId(), List.of(hold("   ")),
                RestRequest.query("").parameters())).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> resource.create(document.getId(), List.of(new LegalHold()),
                RestRequest.query("").parameters())).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> resource.create(privateDocument.getId(), List.of(hold("x")),
                RestRequest.query("").parameters())).isInstanceOf(EntityNotFoundException.class);
        fixture.actAs(RestFixture.READER);
        assertThatThrownBy(() -> resource.create(document.getId(), List.of(hold("x")),
                RestRequest.query("").parameters())).isInstanceOf(PermissionDeniedException.class);
        verifyNoInteractions(holds);
    }

    @Test
    void liftingTheCurrentHold() {
        when(holds.liftHold(document)).thenReturn(true);

        resource.delete(document.getId(), LegalHoldsRelation.CURRENT, RestRequest.query("reason=settled")
                .parameters());

        verify(holds).liftHold(document);
    }

    @Test
    void liftingWhereThereIsNoHoldIsNotFound() {
        when(holds.liftHold(document)).thenReturn(false);

        assertThatThrownBy(() -> resource.delete(document.getId(), LegalHoldsRelation.CURRENT,
                RestRequest.query("").parameters())).isInstanceOf(RelationshipResourceNotFoundException.class);
        assertThatThrownBy(() -> resource.delete(document.getId(), "other", RestRequest.query("").parameters()))
                .isInstanceOf(RelationshipResourceNotFoundException.class);
    }

    private static LegalHold hold(String reason) {
        LegalHold hold = new LegalHold();
        hold.setReason(reason);
        return hold;
    }
}
