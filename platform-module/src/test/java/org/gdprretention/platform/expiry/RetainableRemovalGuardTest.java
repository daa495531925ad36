package org.gdprretention.platform.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_RETAINABLE;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_TYPE;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.proof.AuditEntry;
import org.gdprretention.platform.testrepo.ProofRepository;
import org.gdprretention.platform.testsupport.AcsAuthorities;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Taking a document out of retention by removing gdpr:retainable, as any client with Write can ask ACS to (REST,
 * CMIS, a rule, a revert to an older version): officers and administrators only, and each time an audit entry.
 */
class RetainableRemovalGuardTest {

    private final FakeRepository repository = new FakeRepository();
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final AcsAuthorities authorities = new AcsAuthorities().member("officer", "GROUP_GDPR_OFFICERS")
            .member("editor", "GROUP_site_hr_SiteCollaborator");
    private final ProofRepository proof = new ProofRepository(Clock.fixed(RetentionFixture.NOW, FakeRepository.ZONE));
    private final RetainableRemovalGuard guard = new RetainableRemovalGuard();
    private final NodeRef document = repository.document(repository.folder(null, "documentLibrary"), Map.of());

    @BeforeEach
    void wire() {
        guard.setPolicyComponent(policyComponent);
        guard.setNodeService(repository.nodeService());
        guard.setAuthorityService(authorities.service());
        guard.setAuditLog(proof.auditLog());
        guard.afterPropertiesSet();
        repository.bindBeforeRemoveAspect(ASPECT_RETAINABLE, guard);
        repository.addAspect(document, ASPECT_RETAINABLE, Map.of(PROP_RETENTION_TYPE, "PAYROLL"));
    }

    @AfterEach
    void logout() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void aCollaboratorCannotTakeADocumentOutOfRetention() {
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        assertThatThrownBy(() -> repository.nodeService().removeAspect(document, ASPECT_RETAINABLE))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only a GDPR officer or an administrator may remove gdpr:retainable")
                .hasMessageContaining("never expire").hasMessageContaining("editor");

        assertThat(repository.hasAspect(document, ASPECT_RETAINABLE)).isTrue();
        assertThat(repository.property(document, PROP_RETENTION_TYPE)).isEqualTo("PAYROLL");
        assertThat(auditEntries()).isEmpty();
    }

    // A folder rule runs its actions as the system user; the collaborator who triggers it is still the one judged.
    @Test
    void aRuleACollaboratorTriggersCannotDoItEither() {
        AuthenticationUtil.setFullyAuthenticatedUser("editor");

        assertThatThrownBy(() -> AuthenticationUtil.runAsSystem(() -> {
            repository.nodeService().removeAspect(document, ASPECT_RETAINABLE);
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        assertThat(repository.hasAspect(document, ASPECT_RETAINABLE)).isTrue();
    }

    @Test
    void anOfficerMayAndTheRemovalIsAudited() {
        AuthenticationUtil.setFullyAuthenticatedUser("officer");

        repository.nodeService().removeAspect(document, ASPECT_RETAINABLE);

        assertThat(repository.hasAspect(document, ASPECT_RETAINABLE)).isFalse();
        List<AuditEntry> entries = auditEntries();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).action()).isEqualTo("retention.removed");
        assertThat(entries.get(0).actor()).isEqualTo("officer");
        assertThat(entries.get(0).subject()).isEqualTo(document.toString());
        assertThat(entries.get(0).details()).containsEntry("retentionType", "PAYROLL");
    }

    @Test
    void anAdministratorAndAJobMayToo() {
        AuthenticationUtil.setFullyAuthenticatedUser("admin");
        repository.nodeService().removeAspect(document, ASPECT_RETAINABLE);
        assertThat(repository.hasAspect(document, ASPECT_RETAINABLE)).isFalse();

        AuthenticationUtil.clearCurrentSecurityContext();
        repository.addAspect(document, ASPECT_RETAINABLE, Map.of(PROP_RETENTION_TYPE, "PAYROLL"));
        AuthenticationUtil.runAsSystem(() -> {
            repository.nodeService().removeAspect(document, ASPECT_RETAINABLE);
            return null;
        });
        assertThat(repository.hasAspect(document, ASPECT_RETAINABLE)).isFalse();
    }

    @Test
    void nobodyAuthenticatedIsRefused() {
        assertThatThrownBy(() -> repository.nodeService().removeAspect(document, ASPECT_RETAINABLE))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(repository.hasAspect(document, ASPECT_RETAINABLE)).isTrue();
    }

    private List<AuditEntry> auditEntries() {
        return proof.auditLog().read().entries();
    }
}
