package org.gdprretention.platform.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.core.proof.AuditEntry;
import org.gdprretention.core.proof.AuditLog;
import org.gdprretention.core.proof.AuditProblem;
import org.gdprretention.core.proof.AuditVerification;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testrepo.ProofRepository;
import org.junit.jupiter.api.Test;

class RepositoryAuditLogTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:15:30.123456Z");

    private final ProofRepository repository = new ProofRepository(Clock.fixed(NOW, ZoneOffset.UTC));
    private final RepositoryAuditLog log = repository.auditLog();
    private final NodeService nodeService = repository.nodes().nodeService();

    @Test
    void theFirstEntryCreatesTheAuditLogFolderAndStartsTheChainAtGenesis() {
        // given an audit log that was never written
        assertThat(repository.folder(RetentionFolders.AUDIT_LOG_NAME)).isEmpty();

        // when
        AuditEntry entry = log.append("olivia", "purge", "workspace://SpacesStore/doc-1", Map.of("forced", "false"));

        // then the entry is stored as a node with every field, and the folder remembers it as the head
        NodeRef folder = repository.folder(RetentionFolders.AUDIT_LOG_NAME).orElseThrow();
        List<NodeRef> stored = repository.nodes().childrenOfType(folder, RetentionModel.TYPE_AUDIT_ENTRY);
        assertThat(stored).hasSize(1);
        Map<?, ?> properties = nodeService.getProperties(stored.get(0));
        assertThat(properties.get(RetentionModel.PROP_AUDIT_SEQUENCE)).isEqualTo(1L);
        assertThat(properties.get(RetentionModel.PROP_AUDIT_TIME)).isEqualTo(new Date(NOW.toEpochMilli()));
        assertThat(properties.get(RetentionModel.PROP_AUDIT_ACTOR)).isEqualTo("olivia");
        assertThat(properties.get(RetentionModel.PROP_AUDIT_ACTION)).isEqualTo("purge");
        assertThat(properties.get(RetentionModel.PROP_AUDIT_SUBJECT)).isEqualTo("workspace://SpacesStore/doc-1");
        assertThat(properties.get(RetentionModel.PROP_AUDIT_DETAILS)).isEqualTo("{\"forced\":\"false\"}");
        assertThat(properties.get(RetentionModel.PROP_AUDIT_PREVIOUS_HASH)).isEqualTo(AuditLog.GENESIS_HASH);
        assertThat(properties.get(RetentionModel.PROP_AUDIT_HASH)).isEqualTo(entry.hash()).isEqualTo(entry.computeHash());
        assertThat(nodeService.hasAspect(folder, RetentionModel.ASPECT_AUDIT_HEAD)).isTrue();
        assertThat(nodeService.getProperty(folder, RetentionModel.PROP_AUDIT_HEAD_SEQUENCE)).isEqualTo(1L);
        assertThat(nodeService.getProperty(folder, RetentionModel.PROP_AUDIT_HEAD_HASH)).isEqualTo(entry.hash());
    }

    @Test
    void laterEntriesContinueTheStoredChainAndVerifyAsIntact() {
        // given
        AuditEntry first = log.append("olivia", "purge", "doc-1", Map.of());
        AuditEntry second = log.append("System", "sweep.trashcan.removal", "archive", Map.of("removed", "3"));

        // when
        AuditEntry third = log.append("admin", "purge", "doc-2", Map.of("reason", "court order \"A\"\nline 2"));

        // then
        assertThat(List.of(first.sequence(), second.sequence(), third.sequence())).containsExactly(1L, 2L, 3L);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(third.previousHash()).isEqualTo(second.hash());
        assertThat(log.verify()).isEqualTo(AuditVerification.intact());
    }

    @Test
    void anAlteredEntryIsReportedWithItsPosition() {
        // given three entries, the second of which is edited in the repository afterwards
        log.append("olivia", "purge", "doc-1", Map.of());
        log.append("olivia", "purge", "doc-2", Map.of());
        log.append("olivia", "purge", "doc-3", Map.of());
        nodeService.setProperty(entryNode(2), RetentionModel.PROP_AUDIT_ACTOR, "mallory");

        // when
        AuditVerification verification = log.verify();

        // then
        assertThat(verification.valid()).isFalse();
        assertThat(verification.problem()).isEqualTo(AuditProblem.ALTERED);
        assertThat(verification.firstBadIndex()).isEqualTo(1);
    }

    @Test
    void alteredDetailsAreFoundToo() {
        log.append("olivia", "purge", "doc-1", Map.of("reason", "expired"));
        nodeService.setProperty(entryNode(1), RetentionModel.PROP_AUDIT_DETAILS, "{\"reason\":\"asked nicely\"}");

        assertThat(log.verify().problem()).isEqualTo(AuditProblem.ALTERED);
    }

    @Test
    void aLastEntryRemovedFromTheRepositoryIsFoundByTheHeadAndStopsFurtherAppends() {
        // given
        log.append("olivia", "purge", "doc-1", Map.of());
        log.append("olivia", "purge", "doc-2", Map.of());
        nodeService.deleteNode(entryNode(2));

        // when / then
        AuditVerification verification = log.verify();
        assertThat(verification.valid()).isFalse();
        assertThat(verification.problem()).isEqualTo(AuditProblem.REMOVED);
        assertThatThrownBy(() -> log.append("olivia", "purge", "doc-3", Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Audit entry 2")
                .hasMessageContaining("missing");
    }

    @Test
    void aHeadThatDoesNotMatchTheLastEntryRefusesAppends() {
        // given a head rewritten to point elsewhere
        log.append("olivia", "purge", "doc-1", Map.of());
        NodeRef folder = repository.folder(RetentionFolders.AUDIT_LOG_NAME).orElseThrow();
        nodeService.setProperty(folder, RetentionModel.PROP_AUDIT_HEAD_HASH, "f".repeat(64));

        // then
        assertThatThrownBy(() -> log.append("olivia", "purge", "doc-2", Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'" + "f".repeat(64) + "'")
                .hasMessageContaining("rewritten");
    }

    @Test
    void verifyingALogThatWasNeverWrittenIsIntactAndCreatesNothing() {
        assertThat(log.verify().valid()).isTrue();

        assertThat(repository.folder(RetentionFolders.AUDIT_LOG_NAME)).isEmpty();
    }

    @Test
    void detailsWithQuotesNewlinesAndNonAsciiSurviveTheRoundTrip() {
        Map<String, String> details = Map.of("reason", "rechter \"X\"\r\nregel 2\ttab", "naam", "Zoë \\ Ünal");
        log.append("olivia", "purge", "doc-1", details);

        AuditEntry read = AuditEntryProperties.read(entryNode(1), nodeService.getProperties(entryNode(1)));

        assertThat(read.details()).containsExactlyInAnyOrderEntriesOf(details);
        assertThat(read.hash()).isEqualTo(read.computeHash());
    }

    @Test
    void aNodeWithoutSequenceIsRefusedWhenReadNamingTheNode() {
        log.append("olivia", "purge", "doc-1", Map.of());
        NodeRef node = entryNode(1);
        nodeService.removeProperty(node, RetentionModel.PROP_AUDIT_SEQUENCE);

        assertThatThrownBy(log::verify).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(node.toString())
                .hasMessageContaining("sequence 'null'");
    }

    @Test
    void missingCollaboratorsStopTheStartUpNamingTheProperty() {
        RepositoryAuditLog unwired = new RepositoryAuditLog();
        unwired.setNodeService(nodeService);

        assertThatThrownBy(unwired::afterPropertiesSet).hasMessageContaining("folders");
    }

    private NodeRef entryNode(long sequence) {
        NodeRef folder = repository.folder(RetentionFolders.AUDIT_LOG_NAME).orElseThrow();
        return nodeService.getChildByName(folder, org.alfresco.model.ContentModel.ASSOC_CONTAINS,
                AuditEntryProperties.nodeName(sequence));
    }
}
