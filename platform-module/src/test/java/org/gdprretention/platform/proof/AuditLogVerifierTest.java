package org.gdprretention.platform.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.gdprretention.core.proof.AuditEntry;
import org.gdprretention.core.proof.AuditHead;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.proof.AuditLogCheck.Outcome;
import org.gdprretention.platform.testrepo.ProofRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditLogVerifierTest {

    private final ProofRepository repository =
            new ProofRepository(Clock.fixed(Instant.parse("2025-06-01T10:15:30Z"), ZoneOffset.UTC));
    private final RepositoryAuditLog log = repository.auditLog();
    private final NodeService nodeService = repository.nodes().nodeService();
    private final AcsAuditTrail acs = new AcsAuditTrail();
    private final AuditTrail trail = new AuditTrail();
    private final AuditLogVerifier verifier = new AuditLogVerifier();

    @BeforeEach
    void wire() {
        trail.setAuditComponent(acs);
        trail.afterPropertiesSet();
        log.setAuditTrail(trail);
        verifier.setAuditLog(log);
        verifier.setAuditTrail(trail);
        verifier.afterPropertiesSet();
        // the expiry job: nobody but the system user is behind its appends
        AuthenticationUtil.setFullyAuthenticatedUser(AuthenticationUtil.getSystemUserName());
    }

    @AfterEach
    void logout() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void eachAppendRecordsTheNewHeadInAcsAuditTrailEvenAsTheSystemUser() {
        log.append("System", "job.expiry", "workspace://SpacesStore", Map.of());
        AuditEntry second = log.append("olivia", "purge", "doc-1", Map.of());

        assertThat(acs.size()).isEqualTo(2);
        assertThat(trail.latest()).contains(AuditHead.of(second));
    }

    @Test
    void anUntouchedLogIsIntact() {
        appendThree();

        AuditLogCheck check = verifier.check();

        assertThat(check.outcome()).isEqualTo(Outcome.INTACT);
        assertThat(check.repositoryHead().sequence()).isEqualTo(3);
        assertThat(check.trailHead()).isEqualTo(check.repositoryHead());
    }

    @Test
    void anEmptyLogWithAnEmptyTrailIsIntact() {
        assertThat(verifier.check().outcome()).isEqualTo(Outcome.INTACT);
    }

    @Test
    void cuttingTheTailAndRewritingTheHeadIsDetected() {
        List<AuditEntry> entries = appendThree();
        // the cut: the last entry deleted and the folder's head rewritten to the one before, so that the log is a
        // consistent chain of two entries as far as the repository tells
        nodeService.deleteNode(entryNode(3));
        NodeRef folder = repository.folder(RetentionFolders.AUDIT_LOG_NAME).orElseThrow();
        nodeService.setProperty(folder, RetentionModel.PROP_AUDIT_HEAD_SEQUENCE, 2L);
        nodeService.setProperty(folder, RetentionModel.PROP_AUDIT_HEAD_HASH, entries.get(1).hash());
        assertThat(log.verify().valid()).as("the repository alone sees nothing").isTrue();

        AuditLogCheck check = verifier.check();

        assertThat(check.outcome()).isEqualTo(Outcome.TAIL_CUT);
        assertThat(check.entry()).isEqualTo(3);
        assertThat(check.explanation()).contains("entry 3").contains("ends at entry 2");
        assertThat(check.repositoryHead()).isEqualTo(AuditHead.of(entries.get(1)));
        assertThat(check.trailHead()).isEqualTo(AuditHead.of(entries.get(2)));
    }

    @Test
    void aCutWithoutRewritingTheHeadIsBrokenAtTheMissingEntry() {
        appendThree();
        nodeService.deleteNode(entryNode(3));

        AuditLogCheck check = verifier.check();

        assertThat(check.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(check.entry()).isEqualTo(3);
    }

    @Test
    void anAlteredEntryIsBrokenAtThatEntry() {
        appendThree();
        nodeService.setProperty(entryNode(2), RetentionModel.PROP_AUDIT_ACTOR, "mallory");

        AuditLogCheck check = verifier.check();

        assertThat(check.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(check.entry()).isEqualTo(2);
        assertThat(check.explanation()).contains("entry 2");
    }

    @Test
    void entriesWrittenWhileAcsAuditingWasOffAreUnconfirmed() {
        log.append("olivia", "purge", "doc-1", Map.of());
        acs.disable();
        log.append("olivia", "purge", "doc-2", Map.of());
        log.append("olivia", "purge", "doc-3", Map.of());

        AuditLogCheck check = verifier.check();

        assertThat(check.outcome()).isEqualTo(Outcome.UNCONFIRMED);
        assertThat(check.entry()).isEqualTo(2);
        assertThat(check.explanation()).contains("entries 2 to 3").contains("audit.enabled");
    }

    private List<AuditEntry> appendThree() {
        return List.of(log.append("olivia", "purge", "doc-1", Map.of()),
                log.append("System", "sweep.trashcan.removal", "archive", Map.of("removed", "3")),
                log.append("admin", "purge", "doc-2", Map.of()));
    }

    private NodeRef entryNode(long sequence) {
        NodeRef folder = repository.folder(RetentionFolders.AUDIT_LOG_NAME).orElseThrow();
        return nodeService.getChildByName(folder, ContentModel.ASSOC_CONTAINS, AuditEntryProperties.nodeName(sequence));
    }
}
