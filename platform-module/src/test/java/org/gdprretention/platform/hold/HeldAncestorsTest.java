package org.gdprretention.platform.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_LEGAL_HOLD;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_RETAINABLE;
import static org.gdprretention.platform.model.RetentionModel.PROP_HOLD_REASON;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_TYPE;
import static org.gdprretention.platform.model.RetentionModel.PROP_STATUS;
import static org.gdprretention.platform.testsupport.FakeRepository.instant;

import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.junit.jupiter.api.Test;

/** A hold on a dossier folder holds every document below it, and the retention status says so. */
class HeldAncestorsTest {

    private final RetentionFixture fixture = new RetentionFixture();
    private final FakeRepository repository = fixture.repository;
    private final NodeRef library = repository.folder(repository.folder(null, "hr"), "documentLibrary");
    private final NodeRef dossier = repository.folder(library, "Jansen");
    private final NodeRef contracts = repository.folder(dossier, "Contracts");
    private final NodeRef document = repository.document(contracts, Map.of());
    private final HeldAncestors held = new HeldAncestors(repository.nodeService());

    @Test
    void aDocumentDeepInAHeldDossierIsHeldByTheDossier() {
        hold(dossier);

        assertThat(held.holder(document)).contains(dossier);
        assertThat(held.isHeld(document)).isTrue();
        assertThat(held.isHeld(contracts)).isTrue();
    }

    @Test
    void nothingHeldOnTheWayUpMeansNotHeld() {
        hold(repository.document(dossier, Map.of()));

        assertThat(held.holder(document)).isEmpty();
        assertThat(held.isHeld(dossier)).isFalse();
    }

    @Test
    void theDocumentsOwnHoldIsTheNearest() {
        hold(dossier);
        hold(document);

        assertThat(held.holder(document)).contains(document);
    }

    @Test
    void aSecondaryLinkIntoAHeldFolderDoesNotHold() {
        NodeRef courtCase = repository.folder(library, "Court case");
        hold(courtCase);
        repository.link(courtCase, document);

        assertThat(held.isHeld(document)).isFalse();
    }

    @Test
    void anExpiredDocumentInAHeldDossierIsOnHoldNotExpired() {
        NodeRef vog = repository.document(contracts, Map.of(ContentModel.PROP_CREATED, instant("2025-01-10T10:00:00Z")));
        repository.addAspect(vog, ASPECT_RETAINABLE, Map.of(PROP_RETENTION_TYPE, "VOG"));
        fixture.applier.recompute(vog);
        assertThat(repository.property(vog, PROP_STATUS)).isEqualTo("EXPIRED");

        hold(dossier);
        fixture.applier.recompute(vog);

        assertThat(repository.property(vog, PROP_STATUS)).isEqualTo("ON_HOLD");
    }

    private void hold(NodeRef node) {
        repository.addAspect(node, ASPECT_LEGAL_HOLD, Map.of(PROP_HOLD_REASON, "Court case"));
    }
}
