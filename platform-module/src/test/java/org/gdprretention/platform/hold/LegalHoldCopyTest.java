package org.gdprretention.platform.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_LEGAL_HOLD;
import static org.gdprretention.platform.model.RetentionModel.PROP_HOLD_BY;
import static org.gdprretention.platform.model.RetentionModel.PROP_HOLD_REASON;
import static org.gdprretention.platform.model.RetentionModel.PROP_HOLD_SINCE;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.platform.testsupport.AcsAuthorities;
import org.gdprretention.platform.testsupport.AcsCopyService;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Copies of a held document, as ACS makes them for a collaborator: "Copy to", check-out (the working copy) and
 * check-in (the working copy copied back onto the original), with the guard on adding the hold in place.
 */
class LegalHoldCopyTest {

    private static final Date SINCE = FakeRepository.instant("2025-03-01T09:00:00Z");

    private final FakeRepository repository = new FakeRepository();
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final AcsCopyService copies = new AcsCopyService(repository,
            Map.of(ASPECT_LEGAL_HOLD, Set.of(PROP_HOLD_REASON, PROP_HOLD_SINCE, PROP_HOLD_BY)));
    private final LegalHoldCopyBehaviour behaviour = new LegalHoldCopyBehaviour();
    private final NodeRef dossier = repository.folder(repository.folder(null, "documentLibrary"), "Dossier 17");
    private final NodeRef document = repository.document(dossier, Map.of(ContentModel.PROP_NAME, "contract.pdf"));

    @BeforeEach
    void wire() {
        behaviour.setPolicyComponent(policyComponent);
        behaviour.afterPropertiesSet();
        copies.bindOnCopyNode(ASPECT_LEGAL_HOLD, behaviour);
        LegalHoldAdditionGuard guard = new LegalHoldAdditionGuard();
        guard.setPolicyComponent(mock(PolicyComponent.class));
        guard.setNodeService(repository.nodeService());
        guard.setAuthorityService(new AcsAuthorities().member("officer", "GROUP_GDPR_OFFICERS").service());
        guard.afterPropertiesSet();
        repository.bindBeforeAddAspect(ASPECT_LEGAL_HOLD, guard);
        repository.addAspect(document, ASPECT_LEGAL_HOLD,
                Map.of(PROP_HOLD_REASON, "Court case", PROP_HOLD_BY, "officer", PROP_HOLD_SINCE, SINCE));
        AuthenticationUtil.setFullyAuthenticatedUser("editor");
    }

    @AfterEach
    void logout() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void bindsTheCopyCallbackOfTheHoldAspect() {
        verify(policyComponent).bindClassBehaviour(eq(CopyServicePolicies.OnCopyNodePolicy.QNAME),
                eq(ASPECT_LEGAL_HOLD), any());
    }

    @Test
    void aCopyOfAHeldDocumentIsNotHeld() {
        NodeRef elsewhere = repository.folder(null, "Shared");

        NodeRef copy = copies.copy(document, elsewhere);

        assertThat(repository.hasAspect(copy, ASPECT_LEGAL_HOLD)).isFalse();
        assertThat(repository.properties(copy)).doesNotContainKeys(PROP_HOLD_REASON, PROP_HOLD_BY, PROP_HOLD_SINCE)
                .containsEntry(ContentModel.PROP_NAME, "contract.pdf");
        assertOriginalHeldOnceAsBefore();
    }

    @Test
    void checkOutAndCheckInOfAHeldDocumentKeepExactlyItsOwnHold() {
        NodeRef workingCopy = copies.checkout(document);

        assertThat(repository.hasAspect(workingCopy, ASPECT_LEGAL_HOLD)).isFalse();
        assertThat(repository.hasAspect(workingCopy, ContentModel.ASPECT_WORKING_COPY)).isTrue();
        assertOriginalHeldOnceAsBefore();

        repository.properties(workingCopy).put(ContentModel.PROP_TITLE, "Signed contract");
        NodeRef original = copies.checkin(workingCopy);

        assertThat(original).isEqualTo(document);
        assertThat(repository.property(document, ContentModel.PROP_TITLE)).isEqualTo("Signed contract");
        assertThat(repository.hasAspect(document, ContentModel.ASPECT_CHECKED_OUT)).isFalse();
        assertOriginalHeldOnceAsBefore();
    }

    @Test
    void anOfficersCopyIsNotHeldEither() {
        AuthenticationUtil.setFullyAuthenticatedUser("officer");

        NodeRef copy = copies.copy(document, dossier);

        assertThat(repository.hasAspect(copy, ASPECT_LEGAL_HOLD)).isFalse();
    }

    /** The original keeps its hold with what it recorded, and no other node in the repository is held. */
    private void assertOriginalHeldOnceAsBefore() {
        assertThat(repository.nodes()).filteredOn(n -> repository.hasAspect(n, ASPECT_LEGAL_HOLD))
                .containsExactly(document);
        assertThat(repository.properties(document)).containsEntry(PROP_HOLD_REASON, "Court case")
                .containsEntry(PROP_HOLD_BY, "officer").containsEntry(PROP_HOLD_SINCE, SINCE);
    }
}
