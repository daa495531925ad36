package org.gdprretention.platform.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_LEGAL_HOLD;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_RETAINABLE;
import static org.gdprretention.platform.model.RetentionModel.PROP_HOLD_BY;
import static org.gdprretention.platform.model.RetentionModel.PROP_HOLD_REASON;
import static org.gdprretention.platform.model.RetentionModel.PROP_HOLD_SINCE;
import static org.gdprretention.platform.model.RetentionModel.PROP_MOMENT_ACTOR;
import static org.gdprretention.platform.model.RetentionModel.PROP_MOMENT_KIND;
import static org.gdprretention.platform.model.RetentionModel.PROP_MOMENT_NEW_EXPIRY;
import static org.gdprretention.platform.model.RetentionModel.PROP_MOMENT_NOTE;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_TYPE;
import static org.gdprretention.platform.model.RetentionModel.PROP_STATUS;
import static org.gdprretention.platform.model.RetentionModel.TYPE_CONTACT_MOMENT;
import static org.gdprretention.platform.testsupport.FakeRepository.date;
import static org.gdprretention.platform.testsupport.FakeRepository.instant;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.platform.contact.ContactMomentWriter;
import org.gdprretention.platform.expiry.RecomputeScheduler;
import org.gdprretention.platform.testrepo.ProofRepository;
import org.gdprretention.platform.testsupport.AcsAuthorities;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegalHoldServiceTest {

    private final RetentionFixture fixture = new RetentionFixture();
    private final FakeRepository repository = fixture.repository;
    private final LegalHoldService holds = new LegalHoldService();
    private final NodeRef site = repository.folder(null, "documentLibrary");
    private final AcsAuthorities authorities = new AcsAuthorities().member("officer", "GROUP_GDPR_OFFICERS")
            .member("editor", "GROUP_site_hr_SiteCollaborator");
    private final ProofRepository proof = new ProofRepository(fixture.clock);
    private final RecomputeScheduler recomputeScheduler = mock(RecomputeScheduler.class);

    @BeforeEach
    void wire() {
        LegalHoldRemovalGuard guard = new LegalHoldRemovalGuard();
        guard.setPolicyComponent(mock(PolicyComponent.class));
        guard.setAuthorityService(authorities.service());
        guard.afterPropertiesSet();
        repository.bindBeforeRemoveAspect(ASPECT_LEGAL_HOLD, guard);
        // adding gdpr:legalHold is refused to everyone, officers included, unless placeHold adds it
        LegalHoldAdditionGuard additionGuard = new LegalHoldAdditionGuard();
        additionGuard.setPolicyComponent(mock(PolicyComponent.class));
        additionGuard.setNodeService(repository.nodeService());
        additionGuard.setAuthorityService(authorities.service());
        additionGuard.afterPropertiesSet();
        repository.bindBeforeAddAspect(ASPECT_LEGAL_HOLD, additionGuard);
        ContactMomentWriter contactMoments = new ContactMomentWriter();
        contactMoments.setNodeService(repository.nodeService());
        contactMoments.setStatusEvaluator(fixture.statusEvaluator);
        contactMoments.afterPropertiesSet();
        holds.setNodeService(repository.nodeService());
        holds.setApplier(fixture.applier);
        holds.setContactMoments(contactMoments);
        holds.setStatusEvaluator(fixture.statusEvaluator);
        holds.setClock(fixture.clock);
        holds.setAuthorityService(authorities.service());
        holds.setAuditLog(proof.auditLog());
        holds.setDictionaryService(dictionary());
        holds.setRecomputeScheduler(recomputeScheduler);
        holds.afterPropertiesSet();
        AuthenticationUtil.setFullyAuthenticatedUser("officer");
    }

    @AfterEach
    void logout() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void placingAHoldRecordsWhoWhenAndWhyAndPutsTheDocumentOnHold() {
        NodeRef document = expiredVog();

        assertThat(holds.placeHold(document, "  Labour court case 2025-17 ")).isTrue();

        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isTrue();
        assertThat(repository.properties(document)).containsEntry(PROP_HOLD_REASON, "Labour court case 2025-17")
                .containsEntry(PROP_HOLD_BY, "officer")
                .containsEntry(PROP_HOLD_SINCE, Date.from(RetentionFixture.NOW))
                .containsEntry(PROP_STATUS, "ON_HOLD");
        NodeRef moment = onlyContactMoment(document);
        assertThat(repository.properties(moment)).containsEntry(PROP_MOMENT_KIND, "LEGAL_HOLD_SET")
                .containsEntry(PROP_MOMENT_ACTOR, "officer").containsEntry(PROP_MOMENT_NOTE, "Labour court case 2025-17")
                .containsEntry(PROP_MOMENT_NEW_EXPIRY, date("2025-02-07"));
    }

    @Test
    void liftingTheHoldGivesTheStatusBackToTheDates() {
        NodeRef document = expiredVog();
        holds.placeHold(document, "Audit");

        assertThat(holds.liftHold(document)).isTrue();

        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isFalse();
        assertThat(repository.property(document, PROP_STATUS)).isEqualTo("EXPIRED");
        assertThat(repository.children(document)).extracting(m -> repository.property(m, PROP_MOMENT_KIND))
                .containsExactlyInAnyOrder("LEGAL_HOLD_SET", "LEGAL_HOLD_LIFTED");
    }

    @Test
    void liftingRecordsTheLiftedHoldsReason() {
        NodeRef document = expiredVog();
        holds.placeHold(document, "Audit");

        holds.liftHold(document);

        assertThat(repository.children(document))
                .filteredOn(m -> "LEGAL_HOLD_LIFTED".equals(repository.property(m, PROP_MOMENT_KIND)))
                .singleElement().satisfies(m -> assertThat(repository.properties(m))
                        .containsEntry(PROP_MOMENT_ACTOR, "officer")
                        .containsEntry(PROP_MOMENT_NOTE, "Lifted hold: Audit"));
    }

    @Test
    void liftingAHoldThatLostItsReasonRecordsTheLiftWithoutANote() {
        NodeRef document = expiredVog();
        repository.addAspect(document, ASPECT_LEGAL_HOLD, Map.of());

        assertThat(holds.liftHold(document)).isTrue();

        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isFalse();
        assertThat(repository.children(document)).singleElement().satisfies(m -> {
            assertThat(repository.property(m, PROP_MOMENT_KIND)).isEqualTo("LEGAL_HOLD_LIFTED");
            assertThat(repository.property(m, PROP_MOMENT_NOTE)).isNull();
        });
    }

    @Test
    void anOfficerWhoIsNoAdministratorLiftsAHoldThroughTheGuard() {
        NodeRef document = expiredVog();
        holds.placeHold(document, "Audit");
        assertThat(authorities.service().isAdminAuthority("officer")).isFalse();

        assertThat(holds.liftHold(document)).isTrue();

        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isFalse();
    }

    @Test
    void anAdministratorLiftsAHold() {
        NodeRef document = expiredVog();
        holds.placeHold(document, "Audit");
        AuthenticationUtil.setFullyAuthenticatedUser("admin");

        assertThat(holds.liftHold(document)).isTrue();

        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isFalse();
    }

    @Test
    void anEditorWhoIsNoOfficerCannotLiftAHoldAndNothingChanges() {
        NodeRef document = expiredVog();
        holds.placeHold(document, "Audit");
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        assertThatThrownBy(() -> holds.liftHold(document)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("GDPR officer").hasMessageContaining("editor")
                .hasMessageContaining(document.toString());

        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isTrue();
        assertThat(repository.property(document, PROP_STATUS)).isEqualTo("ON_HOLD");
        assertThat(repository.children(document)).hasSize(1);
    }

    @Test
    void anEditorRunningAsTheSystemUserIsStillRefused() {
        NodeRef document = expiredVog();
        holds.placeHold(document, "Audit");
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        assertThatThrownBy(() -> AuthenticationUtil.runAsSystem(() -> holds.liftHold(document)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isTrue();
    }

    @Test
    void anEditorWhoIsNoOfficerCannotPlaceAHoldAndNothingChanges() {
        NodeRef document = expiredVog();
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        assertThatThrownBy(() -> holds.placeHold(document, "Keep it")).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only a GDPR officer or an administrator may place a legal hold on " + document)
                .hasMessageContaining("editor is neither a member of GROUP_GDPR_OFFICERS nor an administrator");

        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isFalse();
        assertThat(repository.property(document, PROP_STATUS)).isEqualTo("EXPIRED");
        assertThat(repository.children(document)).isEmpty();
    }

    @Test
    void theSetActionRunFromAnEditorsRuleIsRefusedToo() {
        NodeRef document = expiredVog();
        SetLegalHoldActionExecuter set = new SetLegalHoldActionExecuter();
        set.setNodeService(repository.nodeService());
        set.setLegalHoldService(holds);
        org.gdprretention.platform.security.OfficerActionAccessRestriction restriction =
                new org.gdprretention.platform.security.OfficerActionAccessRestriction();
        restriction.setNodeService(repository.nodeService());
        restriction.setActionName(SetLegalHoldActionExecuter.NAME);
        set.setAccessRestriction(restriction);
        set.afterPropertiesSet();
        Action action = mock(Action.class);
        when(action.getParameterValue(SetLegalHoldActionExecuter.PARAM_REASON)).thenReturn("Keep it");
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        // a rule's action runs as the system user, with the person who triggered it still fully authenticated: the
        // action refuses to run (and says so as its result, so the write that triggered the rule goes through)
        AuthenticationUtil.runAsSystem(() -> {
            set.executeImpl(action, document);
            return null;
        });

        org.mockito.Mockito.verify(action).setParameterValue(
                org.alfresco.repo.action.executer.ActionExecuter.PARAM_RESULT,
                org.gdprretention.platform.security.OfficerActionAccessRestriction.asSystemRefusal(
                        SetLegalHoldActionExecuter.NAME));
        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isFalse();
    }

    @Test
    void anEditorRunningAsTheSystemUserStillCannotPlaceAHold() {
        NodeRef document = expiredVog();
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        assertThatThrownBy(() -> AuthenticationUtil.runAsSystem(() -> holds.placeHold(document, "Keep it")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isFalse();
    }

    @Test
    void anAdministratorPlacesAHold() {
        NodeRef document = expiredVog();
        AuthenticationUtil.setFullyAuthenticatedUser("admin");

        assertThat(holds.placeHold(document, "Audit")).isTrue();

        assertThat(repository.property(document, PROP_HOLD_BY)).isEqualTo("admin");
    }

    @Test
    void anEditorIsRefusedBeforeTheReasonIsLookedAt() {
        NodeRef document = expiredVog();
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        assertThatThrownBy(() -> holds.placeHold(document, " ")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void placingAndLiftingAreEntriesInTheAuditLogWithReasonAndPerson() {
        NodeRef document = expiredVog();

        holds.placeHold(document, " Labour court case 2025-17 ");
        holds.liftHold(document);

        assertThat(proof.auditLog().read().entries()).satisfiesExactly(set -> {
            assertThat(set.action()).isEqualTo("hold.set");
            assertThat(set.actor()).isEqualTo("officer");
            assertThat(set.subject()).isEqualTo(document.toString());
            assertThat(set.details()).containsEntry("reason", "Labour court case 2025-17");
        }, lifted -> {
            assertThat(lifted.action()).isEqualTo("hold.lifted");
            assertThat(lifted.actor()).isEqualTo("officer");
            assertThat(lifted.subject()).isEqualTo(document.toString());
            assertThat(lifted.details()).containsEntry("reason", "Labour court case 2025-17")
                    .containsEntry("heldBy", "officer").containsEntry("heldSince", RetentionFixture.NOW.toString());
        });
        assertThat(proof.auditLog().verify().valid()).isTrue();
    }

    @Test
    void aHoldPlacedByARuleIsAuditedAsThePersonNotTheSystemUser() {
        NodeRef document = expiredVog();

        AuthenticationUtil.runAsSystem(() -> holds.placeHold(document, "Audit"));

        assertThat(proof.auditLog().read().entries()).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("officer"));
    }

    @Test
    void aHoldOnADocumentWithoutRetentionIsAuditedToo() {
        NodeRef plain = repository.document(site, Map.of());

        holds.placeHold(plain, "Audit");

        assertThat(proof.auditLog().read().entries()).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("hold.set"));
    }

    @Test
    void refusedOrIdleRequestsLeaveNoAuditEntry() {
        NodeRef document = expiredVog();
        holds.placeHold(document, "Audit");
        holds.placeHold(document, "Again");
        assertThat(holds.liftHold(expiredVog())).isFalse();
        AuthenticationUtil.setFullyAuthenticatedUser("editor");
        assertThatThrownBy(() -> holds.liftHold(document)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> holds.placeHold(expiredVog(), "Mine")).isInstanceOf(AccessDeniedException.class);

        assertThat(proof.auditLog().read().entries()).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("hold.set"));
    }

    @Test
    void liftingAHoldThatLostItsReasonIsAuditedWithoutOne() {
        NodeRef document = expiredVog();
        repository.addAspect(document, ASPECT_LEGAL_HOLD, Map.of());

        holds.liftHold(document);

        assertThat(proof.auditLog().read().entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("hold.lifted");
            assertThat(entry.details()).doesNotContainKeys("reason", "heldBy", "heldSince");
        });
    }

    @Test
    void anOfficerHoldsAWholeDossierFolderAndItsDocumentsAreRecomputedAfterCommit() {
        NodeRef dossier = repository.folder(site, "Dossier Jansen");

        assertThat(holds.placeHold(dossier, "Labour court case 2025-17")).isTrue();

        assertThat(repository.hasAspect(dossier, ASPECT_LEGAL_HOLD)).isTrue();
        assertThat(repository.properties(dossier)).containsEntry(PROP_HOLD_BY, "officer");
        verify(recomputeScheduler).recomputeDossierAfterCommit(dossier);
        assertThat(proof.auditLog().read().entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("hold.set");
            assertThat(entry.subject()).isEqualTo(dossier.toString());
        });
    }

    @Test
    void liftingAFolderHoldRecomputesItsDocumentsToo() {
        NodeRef dossier = repository.folder(site, "Dossier Jansen");
        holds.placeHold(dossier, "Audit");

        assertThat(holds.liftHold(dossier)).isTrue();

        assertThat(repository.hasAspect(dossier, ASPECT_LEGAL_HOLD)).isFalse();
        verify(recomputeScheduler, times(2)).recomputeDossierAfterCommit(dossier);
    }

    @Test
    void aDocumentHoldRecomputesOnlyThatDocument() {
        holds.placeHold(expiredVog(), "Audit");

        verify(recomputeScheduler, never()).recomputeDossierAfterCommit(any());
    }

    @Test
    void aHoldOnAnythingButADocumentOrAFolderIsRefusedAndNothingChanges() {
        NodeRef document = expiredVog();
        NodeRef moment = repository.add(TYPE_CONTACT_MOMENT, document, Map.of());

        assertThatThrownBy(() -> holds.placeHold(moment, "Audit")).isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining(moment.toString())
                .hasMessageContaining("a legal hold is placed on a document or a folder, not on a 'contactMoment'");

        assertThat(repository.hasAspect(moment, ASPECT_LEGAL_HOLD)).isFalse();
        assertThat(proof.auditLog().read().entries()).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aHoldWithoutReasonIsRefused(String reason) {
        NodeRef document = expiredVog();

        assertThatThrownBy(() -> holds.placeHold(document, reason)).isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("reason").hasMessageContaining("'" + reason + "'");
        assertThat(repository.hasAspect(document, ASPECT_LEGAL_HOLD)).isFalse();
    }

    @Test
    void placingTwiceOrLiftingNothingChangesNothing() {
        NodeRef document = expiredVog();
        holds.placeHold(document, "Audit");

        assertThat(holds.placeHold(document, "Another reason")).isFalse();
        assertThat(repository.property(document, PROP_HOLD_REASON)).isEqualTo("Audit");
        assertThat(repository.children(document)).hasSize(1);

        NodeRef free = expiredVog();
        assertThat(holds.liftHold(free)).isFalse();
        assertThat(repository.children(free)).isEmpty();
    }

    @Test
    void aDocumentWithoutRetentionJustGetsTheHold() {
        NodeRef plain = repository.document(site, Map.of());

        holds.placeHold(plain, "Audit");

        assertThat(repository.hasAspect(plain, ASPECT_LEGAL_HOLD)).isTrue();
        assertThat(repository.property(plain, PROP_STATUS)).isNull();
        verify(repository.nodeService(), never()).createNode(any(), any(), any(), any(), anyMap());
    }

    /** As ACS's dictionary: cm:content and cm:folder are cm:cmobjects, and so is gdpr:contactMoment. */
    private static DictionaryService dictionary() {
        Map<QName, QName> parents = Map.of(ContentModel.TYPE_CONTENT, ContentModel.TYPE_CMOBJECT,
                ContentModel.TYPE_FOLDER, ContentModel.TYPE_CMOBJECT, TYPE_CONTACT_MOMENT, ContentModel.TYPE_CMOBJECT);
        DictionaryService dictionary = mock(DictionaryService.class);
        when(dictionary.isSubClass(any(), any())).thenAnswer(call -> {
            for (QName type = call.getArgument(0); type != null; type = parents.get(type)) {
                if (type.equals(call.getArgument(1))) {
                    return true;
                }
            }
            return false;
        });
        return dictionary;
    }

    private NodeRef expiredVog() {
        NodeRef document = repository.document(site, Map.of(ContentModel.PROP_CREATED, instant("2025-01-10T10:00:00Z")));
        repository.addAspect(document, ASPECT_RETAINABLE, Map.of(PROP_RETENTION_TYPE, "VOG"));
        fixture.applier.recompute(document);
        return document;
    }

    private NodeRef onlyContactMoment(NodeRef document) {
        List<NodeRef> moments = repository.children(document);
        assertThat(moments).hasSize(1);
        return moments.get(0);
    }
}
