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
import java.util.HashMap;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.catalogue.StartTrigger;
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

    private final RetentionFixture fixture = new RetentionFixture(DefaultRetentionTypes.netherlands().with(CONTRACT));
    private final FakeRepository repository = fixture.repository;
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final RetainableBehaviour retainable = new RetainableBehaviour();
    private final RetentionInputGuard guard = new RetentionInputGuard();
    private final RetainableCopyBehaviour copies = new RetainableCopyBehaviour();
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
        acs = new AcsCopies(repository, policyComponent, retainable, guard, copies).at(JUNE);
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
