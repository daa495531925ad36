package org.gdprretention.platform.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_RETAINABLE;
import static org.gdprretention.platform.model.RetentionModel.PROP_EXPIRY_DATE;
import static org.gdprretention.platform.model.RetentionModel.PROP_ORIGINAL_CREATED;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_START;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_TYPE;
import static org.gdprretention.platform.testsupport.FakeRepository.date;
import static org.gdprretention.platform.testsupport.FakeRepository.instant;
import static org.mockito.Mockito.mock;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.copy.CopyBehaviourCallback;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.catalogue.StartTrigger;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.platform.contact.ContactMomentCopyBehaviour;
import org.gdprretention.platform.contact.ContactMomentWriter;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testrepo.ProofRepository;
import org.gdprretention.platform.testsupport.AcsAuthorities;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Copies keep their clock: a copy, a check-out's working copy and a checked-in original keep the retention start
 * of the document they came from, with every behaviour of the module that ACS calls during a copy at work
 * ({@link AcsCopies}), and nobody but the repository sets the date a copy inherits.
 */
class RetainableCopyBehaviourTest {

    private static final String COLLABORATOR = "carla";
    private static final String OFFICER = "olivia";
    private static final Instant JUNE = Instant.parse("2025-06-10T09:00:00Z");
    private static final RetentionType CONTRACT = RetentionType.builder().code("CONTRACT").period("P7Y")
            .startTrigger(StartTrigger.EXPLICIT_DATE).category(RetentionCategory.OTHER).label("en", "Contract")
            .label("nl", "Contract").build();

    private static final RetentionType EXTENDABLE_CONTRACT = RetentionType.builder().code("EXTENDABLE_CONTRACT")
            .period("P7Y").startTrigger(StartTrigger.EXPLICIT_DATE).category(RetentionCategory.OTHER)
            .extendable(true).extensionPeriod("P1Y").maxExtensions(2).label("en", "Contract")
            .label("nl", "Contract").build();

    private final RetentionFixture fixture = new RetentionFixture(DefaultRetentionTypes.netherlands().with(CONTRACT)
            .with(EXTENDABLE_CONTRACT));
    private final FakeRepository repository = fixture.repository;
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final RetainableBehaviour retainable = new RetainableBehaviour();
    private final RetentionInputGuard guard = new RetentionInputGuard();
    private final RetainableCopyBehaviour copies = new RetainableCopyBehaviour();
    private final ContactMomentWriter moments = new ContactMomentWriter();
    private final ContactMomentCopyBehaviour momentCopies = new ContactMomentCopyBehaviour();
    private final NodeRef site = repository.folder(null, "documentLibrary");
    private AcsCopies acs;

    @BeforeEach
    void wire() {
        retainable.setPolicyComponent(policyComponent);
        retainable.setNodeService(repository.nodeService());
        retainable.setApplier(fixture.applier);
        retainable.afterPropertiesSet();
        guard.setPolicyComponent(policyComponent);
        guard.setNodeService(repository.nodeService());
        guard.setAuthorityService(new AcsAuthorities().member(OFFICER, "GROUP_GDPR_OFFICERS").service());
        guard.setApplier(fixture.applier);
        guard.setAuditLog(new ProofRepository(Clock.fixed(RetentionFixture.NOW, FakeRepository.ZONE)).auditLog());
        guard.afterPropertiesSet();
        copies.setPolicyComponent(policyComponent);
        copies.afterPropertiesSet();
        moments.setNodeService(repository.nodeService());
        moments.setStatusEvaluator(new RetentionStatusEvaluator(new ExpiryCalculator(FakeRepository.ZONE)));
        moments.afterPropertiesSet();
        momentCopies.setPolicyComponent(policyComponent);
        momentCopies.setNodeService(repository.nodeService());
        momentCopies.setWriter(moments);
        momentCopies.afterPropertiesSet();
        acs = new AcsCopies(repository, policyComponent, retainable, guard, copies, momentCopies).at(JUNE);
        AuthenticationUtil.setFullyAuthenticatedUser(COLLABORATOR);
    }

    @AfterEach
    void close() {
        acs.close();
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void aVogMadeInJanuaryAndCopiedInJuneExpiresWithTheOriginal() {
        NodeRef original = retained("VOG", Map.of());

        NodeRef copy = acs.copy(original, site);

        assertThat(repository.property(copy, PROP_RETENTION_START)).isEqualTo(date("2025-01-10"));
        assertThat(repository.property(copy, PROP_EXPIRY_DATE)).isEqualTo(repository.property(original, PROP_EXPIRY_DATE))
                .isEqualTo(date("2025-02-07"));
    }

    @Test
    void aLaterRecomputeOfTheCopyStillStartsAtTheOriginal() {
        NodeRef copy = acs.copy(retained("VOG", Map.of()), site);

        recomputeAsSystem(copy);

        assertThat(repository.property(copy, PROP_RETENTION_START)).isEqualTo(date("2025-01-10"));
        assertThat(repository.property(copy, PROP_EXPIRY_DATE)).isEqualTo(date("2025-02-07"));
    }

    @Test
    void aCopyOfACopyKeepsTheFirstOriginalsStart() {
        NodeRef copy = acs.copy(retained("VOG", Map.of()), site);

        NodeRef second = acs.at(JUNE.plusSeconds(86_400 * 30)).copy(copy, site);

        assertThat(repository.property(second, PROP_RETENTION_START)).isEqualTo(date("2025-01-10"));
    }

    @Test
    void checkingOutAndBackInKeepsTheStartOfTheWorkingCopyAndOfTheOriginal() {
        NodeRef original = retained("VOG", Map.of());

        NodeRef workingCopy = acs.checkout(original, site);

        assertThat(repository.property(workingCopy, PROP_RETENTION_START)).isEqualTo(date("2025-01-10"));
        assertThat(repository.property(workingCopy, PROP_EXPIRY_DATE)).isEqualTo(date("2025-02-07"));

        acs.checkin(workingCopy, original);
        recomputeAsSystem(original);

        assertThat(repository.property(original, PROP_RETENTION_START)).isEqualTo(date("2025-01-10"));
        assertThat(repository.property(original, PROP_EXPIRY_DATE)).isEqualTo(date("2025-02-07"));
    }

    @Test
    void aCopyOfADocumentWithAnExplicitStartKeepsItAndIsNotTakenForABackdating() {
        NodeRef original = retained("CONTRACT", Map.of(PROP_RETENTION_START, date("2025-02-01")));

        NodeRef copy = acs.copy(original, site);

        assertThat(repository.property(copy, PROP_RETENTION_START)).isEqualTo(date("2025-02-01"));
        assertThat(repository.property(copy, PROP_EXPIRY_DATE)).isEqualTo(date("2032-02-01"));
    }

    // "Copy to" as a collaborator: the copy expires with its original, and carries the consent that extended it.
    @Test
    void aCopyOfADocumentWithAConsentedExtensionKeepsTheExtensionAndItsProof() {
        NodeRef original = extendedByConsent();

        NodeRef copy = acs.copy(original, site);

        assertThat(repository.property(copy, RetentionModel.PROP_GRANTED_EXTENSIONS)).isEqualTo(List.of("P1Y"));
        assertThat(repository.property(copy, PROP_EXPIRY_DATE)).isEqualTo(date("2033-02-01"));
        assertThat(momentKinds(copy)).containsExactly("CONSENT_GIVEN");
        assertThat(momentKinds(original)).containsExactly("CONSENT_GIVEN");
    }

    @Test
    void aCheckedInOriginalGetsNoSecondCopyOfItsMoments() {
        NodeRef original = extendedByConsent();
        NodeRef workingCopy = acs.checkout(original, site);

        acs.checkin(workingCopy, original);

        assertThat(momentKinds(original)).containsExactly("CONSENT_GIVEN");
        assertThat(repository.property(original, PROP_EXPIRY_DATE)).isEqualTo(date("2033-02-01"));
    }

    // ACS copies a folder's documents with copyChildren; a moment copied by ACS would be created as the user, which
    // the moment guard refuses (and the whole copy with it). The repository copies them instead.
    @Test
    void aDeepCopyLeavesContactMomentsToTheRepositoryAndCopiesOtherChildrenAsACS() {
        NodeRef original = extendedByConsent();
        NodeRef target = repository.folder(site, "target");
        CopyBehaviourCallback callback = copies.getCopyCallback(ASPECT_RETAINABLE, null);
        NodeRef moment = repository.nodeService().getChildAssocs(original, Set.of(RetentionModel.TYPE_CONTACT_MOMENT))
                .get(0).getChildRef();
        QName otherChildren = QName.createQName(RetentionModel.NAMESPACE_URI, "other");

        assertThat(callback.getChildAssociationCopyAction(ASPECT_RETAINABLE, null, childDetails(
                RetentionModel.ASSOC_CONTACT_MOMENTS, original, moment, target, true)))
                .isEqualTo(CopyBehaviourCallback.ChildAssocCopyAction.IGNORE);
        assertThat(callback.getChildAssociationCopyAction(ASPECT_RETAINABLE, null, childDetails(
                otherChildren, original, moment, target, true)))
                .isEqualTo(CopyBehaviourCallback.ChildAssocCopyAction.COPY_CHILD);
        assertThat(callback.getChildAssociationCopyAction(ASPECT_RETAINABLE, null, childDetails(
                otherChildren, original, moment, target, false)))
                .isEqualTo(CopyBehaviourCallback.ChildAssocCopyAction.IGNORE);
    }

    @Test
    void aClientCannotGiveACopyExtensionsItsOriginalDoesNotHave() {
        NodeRef original = extendedByConsent();
        NodeRef copy = acs.copy(original, site);
        Map<QName, Serializable> before = repository.properties(copy);

        assertThatThrownBy(() -> guard.onUpdateProperties(copy, before,
                with(before, RetentionModel.PROP_GRANTED_EXTENSIONS, new ArrayList<>(List.of("P1Y", "P1Y")))))
                .isInstanceOf(InvalidRetentionInputException.class).hasMessageContaining("prove 1");
    }

    private NodeRef extendedByConsent() {
        NodeRef original = retained("EXTENDABLE_CONTRACT", Map.of(PROP_RETENTION_START, date("2025-02-01")));
        AuthenticationUtil.runAsSystem(() -> {
            repository.add(RetentionModel.TYPE_CONTACT_MOMENT, original, Map.of(ContentModel.PROP_NAME,
                    "consent_given-1", RetentionModel.PROP_MOMENT_KIND, "CONSENT_GIVEN"));
            repository.nodeService().setProperty(original, RetentionModel.PROP_GRANTED_EXTENSIONS,
                    new ArrayList<>(List.of("P1Y")));
            return null;
        });
        recomputeAsSystem(original);
        assertThat(repository.property(original, PROP_EXPIRY_DATE)).isEqualTo(date("2033-02-01"));
        return original;
    }

    private List<Object> momentKinds(NodeRef document) {
        return repository.nodeService().getChildAssocs(document, Set.of(RetentionModel.TYPE_CONTACT_MOMENT)).stream()
                .map(child -> (Object) repository.property(child.getChildRef(), RetentionModel.PROP_MOMENT_KIND))
                .toList();
    }

    private static CopyBehaviourCallback.CopyChildAssociationDetails childDetails(QName assocType, NodeRef parent,
            NodeRef child, NodeRef target, boolean copyChildren) {
        return new CopyBehaviourCallback.CopyChildAssociationDetails(new ChildAssociationRef(assocType, parent,
                QName.createQName(RetentionModel.NAMESPACE_URI, "child"), child, true, 0), target, true, copyChildren);
    }

    @Test
    void aClientCannotSetTheDateACopyInherits() {
        NodeRef document = retained("VOG", Map.of());
        Map<QName, Serializable> before = repository.properties(document);

        for (String user : new String[] {COLLABORATOR, OFFICER}) {
            AuthenticationUtil.setFullyAuthenticatedUser(user);
            assertThatThrownBy(() -> guard.onUpdateProperties(document, before,
                    with(before, PROP_ORIGINAL_CREATED, date("2020-01-01"))))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("gdpr:originalCreated");
        }
    }

    @Test
    void aClientCannotCreateADocumentThatClaimsToBeACopy() {
        NodeRef document = repository.document(site, Map.of(ContentModel.PROP_CREATED, instant("2025-06-10T09:00:00Z")));
        repository.addAspect(document, ASPECT_RETAINABLE, Map.of(PROP_RETENTION_TYPE, "VOG",
                PROP_ORIGINAL_CREATED, date("2020-01-01")));

        assertThatThrownBy(() -> guard.onAddAspect(document, ASPECT_RETAINABLE))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("gdpr:originalCreated");
    }

    private NodeRef retained(String code, Map<QName, Serializable> inputs) {
        NodeRef document = repository.document(site, Map.of(ContentModel.PROP_NAME, "Scan.pdf",
                ContentModel.PROP_CREATED, instant("2025-01-10T09:00:00Z")));
        Map<QName, Serializable> values = new HashMap<>(inputs);
        values.put(PROP_RETENTION_TYPE, code);
        repository.addAspect(document, ASPECT_RETAINABLE, values);
        recomputeAsSystem(document);
        return document;
    }

    private void recomputeAsSystem(NodeRef document) {
        AuthenticationUtil.runAsSystem(() -> {
            fixture.applier.recompute(document);
            return null;
        });
    }

    private static Map<QName, Serializable> with(Map<QName, Serializable> properties, QName name, Serializable value) {
        Map<QName, Serializable> changed = new HashMap<>(properties);
        changed.put(name, value);
        return changed;
    }
}
