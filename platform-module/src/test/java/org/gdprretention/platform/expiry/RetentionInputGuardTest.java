package org.gdprretention.platform.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_DATA_SUBJECT;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_RETAINABLE;
import static org.gdprretention.platform.model.RetentionModel.PROP_DATA_SUBJECT_EMAIL;
import static org.gdprretention.platform.model.RetentionModel.PROP_DATA_SUBJECT_ID;
import static org.gdprretention.platform.model.RetentionModel.PROP_GRANTED_EXTENSIONS;
import static org.gdprretention.platform.model.RetentionModel.PROP_RELATIONSHIP_END;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_START;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_TYPE;
import static org.gdprretention.platform.testsupport.FakeRepository.date;
import static org.gdprretention.platform.testsupport.FakeRepository.instant;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.transaction.TransactionSupportUtil;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.catalogue.StartTrigger;
import org.gdprretention.core.proof.AuditEntry;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testrepo.ProofRepository;
import org.gdprretention.platform.testsupport.AcsAuthorities;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.InheritingPermissions;
import org.gdprretention.platform.testsupport.MethodSecurity;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/**
 * The attacks of an ordinary ACS account with Write (a collaborator or contributor on the site) on the inputs of
 * retention, each played against the guard as ACS calls it, behind ACS's method security.
 */
class RetentionInputGuardTest {

    private static final String COLLABORATOR = "carla";
    private static final String OFFICER = "olivia";
    private static final RetentionType CONTRACT = RetentionType.builder().code("CONTRACT").period("P7Y")
            .startTrigger(StartTrigger.EXPLICIT_DATE).category(RetentionCategory.OTHER).label("en", "Contract").label("nl", "Contract")
            .build();

    private final RetentionFixture fixture = new RetentionFixture(DefaultRetentionTypes.netherlands().with(CONTRACT));
    private final FakeRepository repository = fixture.repository;
    private final InheritingPermissions permissions = new InheritingPermissions(repository);
    private final AcsAuthorities authorities = new AcsAuthorities().member(OFFICER, "GROUP_GDPR_OFFICERS");
    private final ProofRepository proof = new ProofRepository(Clock.fixed(RetentionFixture.NOW, FakeRepository.ZONE));
    private final RetentionInputGuard guard = new RetentionInputGuard();

    private final NodeRef site = repository.folder(null, "documentLibrary");
    private final NodeRef dossier = repository.folder(site, "Jan Jansen");
    private NodeRef document;
    // ACS's transaction resources: none bound, as in a transaction where no copy is running.
    private MockedStatic<TransactionSupportUtil> transaction;

    @BeforeEach
    void wire() {
        transaction = mockStatic(TransactionSupportUtil.class);
        permissions.setPermission(site, COLLABORATOR, "Collaborator", true);
        permissions.setPermission(site, OFFICER, "Collaborator", true);
        NodeService secured = MethodSecurity.forAdmins("admin")
                .withNodePermissions(MethodSecurity.NodePermissions.from(permissions))
                .wrap(NodeService.class, repository.nodeService());
        guard.setPolicyComponent(mock(PolicyComponent.class));
        guard.setNodeService(secured);
        guard.setAuthorityService(authorities.service());
        guard.setApplier(fixture.applier);
        guard.setAuditLog(proof.auditLog());
        guard.afterPropertiesSet();

        repository.addAspect(dossier, ASPECT_DATA_SUBJECT, Map.of(PROP_DATA_SUBJECT_ID, "E-1",
                PROP_DATA_SUBJECT_EMAIL, "jan@example.org"));
        document = repository.document(dossier, Map.of(ContentModel.PROP_CREATED, instant("2025-01-10T10:00:00Z")));
        repository.addAspect(document, ASPECT_RETAINABLE, Map.of(PROP_RETENTION_TYPE, "PERSONNEL_FILE"));
        AuthenticationUtil.runAsSystem(() -> {
            fixture.applier.recompute(document);
            return null;
        });
    }

    @AfterEach
    void logOut() {
        AuthenticationUtil.clearCurrentSecurityContext();
        transaction.close();
    }

    @Test
    void aCollaboratorCannotBackdateTheEndOfADossierThatHoldsDocuments() {
        actAs(COLLABORATOR);
        Map<QName, Serializable> before = repository.properties(dossier);

        assertThatThrownBy(() -> guard.onUpdateDossierProperties(dossier, before,
                with(before, PROP_RELATIONSHIP_END, date("2010-01-01"))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("gdpr:relationshipEnd").hasMessageContaining(COLLABORATOR);
        assertThat(auditEntries()).isEmpty();
    }

    @Test
    void aCollaboratorCannotRedirectConsentMailsOfADossierToHerself() {
        actAs(COLLABORATOR);
        Map<QName, Serializable> before = repository.properties(dossier);

        assertThatThrownBy(() -> guard.onUpdateDossierProperties(dossier, before,
                with(before, PROP_DATA_SUBJECT_EMAIL, "carla@example.org")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("gdpr:dataSubjectEmail");
    }

    @Test
    void aCollaboratorCannotTurnAFolderWithDocumentsIntoADossier() {
        NodeRef folder = repository.folder(site, "Projects");
        repository.document(folder, Map.of());
        actAs(COLLABORATOR);

        assertThatThrownBy(() -> guard.beforeAddAspect(folder, ASPECT_DATA_SUBJECT))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("gdpr:dataSubject");
    }

    @Test
    void aCollaboratorCannotChangeTheSubjectOfADocumentThatHasOne() {
        actAs(COLLABORATOR);
        Map<QName, Serializable> before = repository.properties(document);
        assertThat(before.get(RetentionModel.PROP_SUBJECT_EMAIL)).isEqualTo("jan@example.org");

        // adding gdpr:dataSubject with her own address on the document itself
        assertThatThrownBy(() -> guard.onUpdateProperties(document, before,
                with(before, PROP_DATA_SUBJECT_EMAIL, "carla@example.org")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("gdpr:dataSubjectEmail");
    }

    @Test
    void aCollaboratorCannotChangeTheTypeOfADocumentOnceSet() {
        actAs(COLLABORATOR);
        Map<QName, Serializable> before = repository.properties(document);

        assertThatThrownBy(() -> guard.onUpdateProperties(document, before,
                with(before, PROP_RETENTION_TYPE, "VOG")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("gdpr:retentionType");
    }

    @Test
    void aNewDossierAndADocumentCreatedWithItsInputsAreAnyonesToSet() {
        actAs(COLLABORATOR);
        NodeRef newDossier = repository.folder(site, "Piet Pietersen");
        Map<QName, Serializable> created = Map.of(PROP_DATA_SUBJECT_ID, "E-2",
                PROP_DATA_SUBJECT_EMAIL, "piet@example.org", PROP_RELATIONSHIP_END, date("2025-05-31"));

        assertThatCode(() -> {
            guard.beforeAddAspect(newDossier, ASPECT_DATA_SUBJECT);
            guard.onUpdateDossierProperties(newDossier, Map.of(), created);
            guard.onUpdateProperties(document, Map.of(), repository.properties(document));
        }).doesNotThrowAnyException();
        assertThat(auditEntries()).isEmpty();
    }

    @Test
    void anOfficerChangesADossierAndTheAuditLogSaysWhatChangedWithoutTheAddress() {
        actAs(OFFICER);
        Map<QName, Serializable> before = repository.properties(dossier);
        Map<QName, Serializable> after = with(before, PROP_DATA_SUBJECT_EMAIL, "jan.jansen@example.org");
        after.put(PROP_RELATIONSHIP_END, date("2025-05-31"));

        guard.onUpdateDossierProperties(dossier, before, after);

        assertThat(auditEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(OFFICER);
            assertThat(entry.action()).isEqualTo("retention.inputChanged");
            assertThat(entry.subject()).isEqualTo(dossier.toString());
            assertThat(entry.details()).containsEntry("properties", "gdpr:dataSubjectEmail,gdpr:relationshipEnd")
                    .containsEntry("gdpr:dataSubjectEmail", "changed")
                    .containsEntry("gdpr:relationshipEnd", "(none) → 2025-05-31");
            assertThat(entry.details().toString()).doesNotContain("example.org");
        });
    }

    @Test
    void anOfficerChangesADocumentsTypeWithAnAuditEntry() {
        actAs(OFFICER);
        Map<QName, Serializable> before = repository.properties(document);

        guard.onUpdateProperties(document, before, with(before, PROP_RETENTION_TYPE, "CERTIFICATE"));

        assertThat(auditEntries()).singleElement().satisfies(entry -> assertThat(entry.details())
                .containsEntry("gdpr:retentionType", "PERSONNEL_FILE → CERTIFICATE"));
    }

    @Test
    void theModulesOwnWritesPass() {
        actAs(COLLABORATOR);
        Map<QName, Serializable> before = repository.properties(dossier);

        AuthenticationUtil.runAsSystem(() -> {
            guard.onUpdateDossierProperties(dossier, before, with(before, PROP_RELATIONSHIP_END, date("2025-05-31")));
            return null;
        });
    }

    @Test
    void aContributorsBackdatedStartIsRefusedWithFieldAndValue() {
        actAs(COLLABORATOR);
        NodeRef contract = repository.document(site, Map.of(ContentModel.PROP_CREATED,
                instant("2025-06-01T09:00:00Z"), PROP_RETENTION_TYPE, "CONTRACT",
                PROP_RETENTION_START, date("2020-01-01")));
        repository.addAspect(contract, ASPECT_RETAINABLE, Map.of());

        assertThatThrownBy(() -> guard.onUpdateProperties(contract, Map.of(), repository.properties(contract)))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("retentionStart").hasMessageContaining("2020-01-01");
        assertThatThrownBy(() -> guard.onAddAspect(contract, ASPECT_RETAINABLE))
                .isInstanceOf(InvalidRetentionInputException.class).hasMessageContaining("2020-01-01");
    }

    @Test
    void aPendingStartIsFirstSetByAnyoneFromTheDocumentsCreationOn() {
        actAs(COLLABORATOR);
        NodeRef contract = repository.document(site, Map.of(ContentModel.PROP_CREATED,
                instant("2025-06-01T09:00:00Z"), PROP_RETENTION_TYPE, "CONTRACT"));
        repository.addAspect(contract, ASPECT_RETAINABLE, Map.of());
        Map<QName, Serializable> before = repository.properties(contract);

        assertThatCode(() -> guard.onUpdateProperties(contract, before,
                with(before, PROP_RETENTION_START, date("2025-06-01")))).doesNotThrowAnyException();
    }

    @Test
    void aForgedExtensionWithoutAContactMomentIsRefused() {
        actAs(OFFICER);
        Map<QName, Serializable> before = repository.properties(document);

        assertThatThrownBy(() -> guard.onUpdateProperties(document, before,
                with(before, PROP_GRANTED_EXTENSIONS, new ArrayList<>(List.of("P1Y")))))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("grantedExtensions").hasMessageContaining("contact moments prove 0");
    }

    @Test
    void anExtensionBeyondTheTypesPeriodIsRefusedEvenWithAnApproval() {
        approvedExtension(document);
        actAs(OFFICER);
        Map<QName, Serializable> before = repository.properties(document);

        assertThatThrownBy(() -> guard.onUpdateProperties(document, before,
                with(before, PROP_GRANTED_EXTENSIONS, new ArrayList<>(List.of("P10Y")))))
                .isInstanceOf(InvalidRetentionInputException.class).hasMessageContaining("P1Y");
    }

    @Test
    void anExtensionProvenByAnApprovalIsAccepted() {
        approvedExtension(document);
        actAs(COLLABORATOR);
        Map<QName, Serializable> before = repository.properties(document);

        assertThatCode(() -> guard.onUpdateProperties(document, before,
                with(before, PROP_GRANTED_EXTENSIONS, new ArrayList<>(List.of("P1Y"))))).doesNotThrowAnyException();
    }

    @Test
    void extensionsOfATypeThatIsNotExtendableAreRefused() {
        approvedExtension(document);
        actAs(OFFICER);
        Map<QName, Serializable> before = with(repository.properties(document), PROP_RETENTION_TYPE, "ABSENCE");

        assertThatThrownBy(() -> guard.onUpdateProperties(document, before,
                with(before, PROP_GRANTED_EXTENSIONS, new ArrayList<>(List.of("P1Y")))))
                .isInstanceOf(InvalidRetentionInputException.class).hasMessageContaining("not extendable");
    }

    private void approvedExtension(NodeRef target) {
        repository.add(RetentionModel.TYPE_CONTACT_MOMENT, target, Map.of(RetentionModel.PROP_MOMENT_KIND,
                "EXTENSION_APPROVED"));
    }

    private List<AuditEntry> auditEntries() {
        return proof.auditLog().read().entries();
    }

    private void actAs(String user) {
        AuthenticationUtil.setFullyAuthenticatedUser(user);
        permissions.actAs(user);
    }

    private static Map<QName, Serializable> with(Map<QName, Serializable> properties, QName name, Serializable value) {
        Map<QName, Serializable> changed = new HashMap<>(properties);
        changed.put(name, value);
        return changed;
    }
}
