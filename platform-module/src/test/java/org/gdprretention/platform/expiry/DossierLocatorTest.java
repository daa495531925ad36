package org.gdprretention.platform.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_DATA_SUBJECT;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_RETAINABLE;
import static org.gdprretention.platform.model.RetentionModel.PROP_DATA_SUBJECT_EMAIL;
import static org.gdprretention.platform.model.RetentionModel.PROP_DATA_SUBJECT_ID;
import static org.gdprretention.platform.model.RetentionModel.PROP_EXPIRY_DATE;
import static org.gdprretention.platform.model.RetentionModel.PROP_RELATIONSHIP_END;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_TYPE;
import static org.gdprretention.platform.testsupport.FakeRepository.date;
import static org.gdprretention.platform.testsupport.FakeRepository.instant;

import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.InheritingPermissions;
import org.gdprretention.platform.testsupport.MethodSecurity;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A user who may work in a deep folder but not read the dossier above it (its permissions are not inherited there)
 * still saves documents in it, behind ACS's method security: the dossier is read as the system user, and only what
 * the retention needs comes back.
 */
class DossierLocatorTest {

    private final RetentionFixture fixture = new RetentionFixture();
    private final FakeRepository repository = fixture.repository;
    private final InheritingPermissions permissions = new InheritingPermissions(repository);

    @AfterEach
    void logOut() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void aDocumentSavedBelowADossierTheUserCannotReadGetsItsStartAndSubject() {
        NodeRef dossier = repository.folder(null, "Jan Jansen");
        repository.addAspect(dossier, ASPECT_DATA_SUBJECT, Map.of(PROP_DATA_SUBJECT_ID, "E-1",
                PROP_DATA_SUBJECT_EMAIL, "jan@example.org", PROP_RELATIONSHIP_END, date("2025-03-31")));
        NodeRef payslips = repository.folder(repository.folder(dossier, "Salary"), "Payslips");
        permissions.setInheritParentPermissions(payslips, false);
        permissions.setPermission(payslips, "paula", "Collaborator", true);
        NodeRef document = repository.document(payslips,
                Map.of(ContentModel.PROP_CREATED, instant("2025-01-10T10:00:00Z")));
        repository.addAspect(document, ASPECT_RETAINABLE, Map.of(PROP_RETENTION_TYPE, "PAYROLL"));
        NodeService secured = MethodSecurity.forAdmins("admin")
                .withNodePermissions(MethodSecurity.NodePermissions.from(permissions))
                .wrap(NodeService.class, repository.nodeService());
        fixture.applier.setNodeService(secured);
        fixture.applier.afterPropertiesSet();
        AuthenticationUtil.setFullyAuthenticatedUser("paula");
        permissions.actAs("paula");

        fixture.applier.recompute(document);

        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2032-03-31"));
        assertThat(repository.property(document, RetentionModel.PROP_SUBJECT_ID)).isEqualTo("E-1");
        assertThat(AuthenticationUtil.getRunAsUser()).isEqualTo("paula");
    }
}
