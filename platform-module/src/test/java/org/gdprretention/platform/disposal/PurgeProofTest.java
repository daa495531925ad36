package org.gdprretention.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.disposal.PurgeFixture.ADMIN;
import static org.gdprretention.platform.disposal.PurgeFixture.LAST_WEEK;
import static org.gdprretention.platform.disposal.PurgeFixture.LONG_AGO;
import static org.gdprretention.platform.disposal.PurgeFixture.OFFICER;
import static org.gdprretention.platform.disposal.PurgeFixture.dryRun;
import static org.gdprretention.platform.disposal.PurgeFixture.realRun;
import static org.gdprretention.platform.disposal.PurgeFixture.size;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.proof.RemovedBinary;
import org.gdprretention.core.proof.RetainedBinary;
import org.gdprretention.platform.model.RetentionModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** What a purge reports and writes down, field by field: the dry run's binary lists and the audit entries. */
class PurgeProofTest {

    private final PurgeFixture fixture = new PurgeFixture();

    @AfterEach
    void closeFixture() {
        fixture.close();
    }

    @Test
    void aDryRunListsEachBinaryItWouldRemoveAndEachItWouldKeepWithTheReason() {
        // given a document sharing a binary with one on hold, and two documents sharing a binary with each other
        NodeRef alone = fixture.document("a.pdf", LONG_AGO, "store://a.bin");
        fixture.versions(alone, "store://with-held.bin");
        NodeRef held = fixture.document("h.pdf", LONG_AGO, "store://with-held.bin");
        fixture.hold(held);
        List<NodeRef> pair = Stream.of(fixture.document("b.pdf", LONG_AGO, "store://pair.bin"),
                fixture.document("c.pdf", LONG_AGO, "store://pair.bin")).sorted(Comparator.comparing(NodeRef::toString))
                .toList();
        fixture.versions(pair.get(1), "store://c-own.bin");

        // when
        PurgeReport report = fixture.purge(dryRun(), alone, held, pair.get(0), pair.get(1));

        // then the binary of the held document is kept, and the pair's binary is removed with the first of them
        PurgeOutcome first = report.outcomeFor(alone).orElseThrow();
        assertThat(first.result()).isEqualTo(PurgeResult.WOULD_PURGE);
        assertThat(first.binariesRemoved()).containsExactly(RemovedBinary.of("store://a.bin", size("store://a.bin")));
        assertThat(first.binariesKept()).containsExactly(
                new RetainedBinary("store://with-held.bin", "also used by a document this purge leaves alone"));
        assertThat(report.outcomeFor(pair.get(0)).orElseThrow().binariesRemoved())
                .containsExactly(RemovedBinary.of("store://pair.bin", size("store://pair.bin")));
        assertThat(report.outcomeFor(pair.get(0)).orElseThrow().binariesKept()).isEmpty();
        assertThat(report.outcomeFor(pair.get(1)).orElseThrow().binariesRemoved())
                .containsExactly(RemovedBinary.of("store://c-own.bin", size("store://c-own.bin")));
        assertThat(report.outcomeFor(pair.get(1)).orElseThrow().binariesKept()).containsExactly(new RetainedBinary(
                "store://pair.bin", "also used by another document of this purge; removed with that one"));
        assertThat(report.outcomeFor(held).orElseThrow().result()).isEqualTo(PurgeResult.REFUSED);
        fixture.assertNothingWritten();
    }

    @Test
    void aDryRunLeavesOneAuditEntryWithWhatWouldHappenToEachDocument() {
        // given an expired document and a held one
        NodeRef expired = fixture.document("cv.pdf", LONG_AGO, "store://a.bin");
        NodeRef held = fixture.document("h.pdf", LONG_AGO, "store://h.bin");
        fixture.hold(held);

        // when
        PurgeReport report = fixture.purge(dryRun(), expired, held);

        // then one entry, by the officer who asked, with each document's outcome; nothing else is written
        assertThat(audited(PurgeService.AUDIT_PURGE_DRY_RUN, OFFICER, "2 documents")).isEqualTo(Map.of(
                "summary", report.summary(),
                "outcome." + expired, "WOULD_PURGE: " + report.outcomeFor(expired).orElseThrow().reason(),
                "outcome." + held, "REFUSED: " + report.outcomeFor(held).orElseThrow().reason()));
        assertThat(report.outcomeFor(held).orElseThrow().reason()).startsWith("ON_HOLD");
        assertThat(fixture.auditEntries()).hasSize(1);
        fixture.assertNothingWritten();
    }

    @Test
    void aDryRunOfOneDocumentNamesItAsTheSubject() {
        NodeRef expired = fixture.document("cv.pdf", LONG_AGO, "store://a.bin");

        fixture.purge(dryRun(), expired);

        assertThat(audited(PurgeService.AUDIT_PURGE_DRY_RUN, OFFICER, expired.toString()))
                .containsKeys("summary", "outcome." + expired);
    }

    @Test
    void thePurgeAndItsBinaryRemovalAreAuditedWithEveryField() {
        // given
        NodeRef document = fixture.document("cv.pdf", LONG_AGO, "store://live.bin");
        fixture.versions(document, "store://v1.bin");

        // when
        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        // then
        Map<String, String> purged = audited(PurgeService.AUDIT_PURGE, OFFICER, document);
        assertThat(purged).containsOnlyKeys("disposalRecord", "retentionType", "expiryDate", "forced", "reason",
                "recordHash").containsAllEntriesOf(Map.of(
                "disposalRecord", outcome.disposalRecord().toString(),
                "retentionType", "APPLICATION",
                "expiryDate", "2024-01-29",
                "forced", "false",
                "reason", "Retention expired (kept through 2024-01-29)"));
        Map<String, String> binaries = audited(PurgeService.AUDIT_PURGE_BINARIES, OFFICER, document);
        assertThat(binaries).isEqualTo(Map.of(
                "disposalRecord", outcome.disposalRecord().toString(),
                "binariesRemoved", "2",
                "bytesRemoved", Long.toString(size("store://live.bin") + size("store://v1.bin")),
                "binariesKept", "0",
                "recordHash", fixture.proof.recordWriter().contentHash(outcome.disposalRecord())));
        // the first entry covered the record as first written (binaries awaiting removal), the second as completed
        assertThat(purged.get("recordHash")).matches("[0-9a-f]{64}").isNotEqualTo(binaries.get("recordHash"));
        // and the entries stored are those, in that order
        assertThat(fixture.auditEntries()).extracting(entry -> fixture.nodeService.getProperty(entry,
                RetentionModel.PROP_AUDIT_ACTION)).containsExactly(PurgeService.AUDIT_PURGE,
                PurgeService.AUDIT_PURGE_BINARIES);
        assertThat(fixture.auditEntries()).allSatisfy(entry -> assertThat(fixture.nodeService.getProperties(entry))
                .containsEntry(RetentionModel.PROP_AUDIT_ACTOR, OFFICER)
                .containsEntry(RetentionModel.PROP_AUDIT_SUBJECT, document.toString()));
    }

    @Test
    void aForcedPurgeIsAuditedAsForcedWithTheAdministratorsReason() {
        NodeRef document = fixture.document("cv.pdf", LAST_WEEK, "store://live.bin");
        fixture.signInAs(ADMIN);

        PurgeOutcome outcome = fixture.purge(new PurgeOptions(false, "court order 12/345", 500), document)
                .outcomes().get(0);

        assertThat(audited(PurgeService.AUDIT_PURGE, ADMIN, document)).containsAllEntriesOf(Map.of(
                "disposalRecord", outcome.disposalRecord().toString(),
                "retentionType", "APPLICATION",
                "expiryDate", "2025-06-23",
                "forced", "true",
                "reason", "Forced before expiry (2025-06-23): court order 12/345")).containsKey("recordHash");
    }

    /** The details handed to the audit log with the one entry of this action, actor and subject. */
    private Map<String, String> audited(String action, String actor, NodeRef subject) {
        return audited(action, actor, subject.toString());
    }

    private Map<String, String> audited(String action, String actor, String subject) {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, String>> details = ArgumentCaptor.forClass(Map.class);
        verify(fixture.auditLog).append(eq(actor), eq(action), eq(subject), details.capture());
        return details.getValue();
    }

    @Test
    void binariesAreRecordedAsHmacsWithAKeyTheRepositoryGeneratedOnceNotAsTheirBareSha256() {
        // given two expired documents purged one after the other
        NodeRef first = fixture.document("a.pdf", LONG_AGO, "store://a.bin");
        NodeRef second = fixture.document("b.pdf", LONG_AGO, "store://b.bin");

        RemovedBinary a = fixture.purge(realRun(), first).outcomes().get(0).binariesRemoved().get(0);
        RemovedBinary b = fixture.purge(realRun(), second).outcomes().get(0).binariesRemoved().get(0);

        // then someone holding the file cannot confirm it from the record: it is no plain hash of the file
        assertThat(a.sha256()).contains(fixture.hmacOf("store://a.bin"))
                .isNotEqualTo(java.util.Optional.of(PurgeFixture.sha256Of("store://a.bin")));
        assertThat(b.sha256()).contains(fixture.hmacOf("store://b.bin"));
        // one key of 32 random bytes, generated once and kept in the attribute store
        assertThat(fixture.attributeValues).containsOnlyKeys(List.of((java.io.Serializable[]) HmacSecret.KEYS));
        assertThat(java.util.Base64.getDecoder().decode(fixture.attributeValues.values().iterator().next()
                .toString())).hasSize(32);
    }

    @Test
    void aConfiguredSecretIsUsedInsteadAndNothingIsStored() {
        String secret = "a-secret-shared-by-two-repositories!";
        fixture.service.setHmacSecret(secret);
        fixture.service.afterPropertiesSet();
        NodeRef document = fixture.document("a.pdf", LONG_AGO, "store://a.bin");

        RemovedBinary removed = fixture.purge(realRun(), document).outcomes().get(0).binariesRemoved().get(0);

        assertThat(removed.sha256()).contains(PurgeFixture.hmacOf("store://a.bin",
                secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(fixture.attributeValues).isEmpty();
    }

    @Test
    void aTooShortConfiguredSecretStopsTheStartUpWithoutShowingIt() {
        fixture.service.setHmacSecret("short-secret");

        org.assertj.core.api.Assertions.assertThatThrownBy(fixture.service::afterPropertiesSet)
                .hasMessageContaining(HmacSecret.PROPERTY).hasMessageNotContaining("short-secret");
    }

    @Test
    void theRecordKeepsTheTemplatesNodeReferenceNeverItsNameEvenWithNamesKept() {
        fixture.service.setKeepNames(true);
        NodeRef document = fixture.document("a.pdf", LONG_AGO, "store://a.bin");

        NodeRef record = fixture.purge(realRun(), document).outcomes().get(0).disposalRecord();

        Map<org.alfresco.service.namespace.QName, java.io.Serializable> properties =
                fixture.nodeService.getProperties(record);
        assertThat(properties).containsEntry(RetentionModel.PROP_DISPOSED_TEMPLATE, fixture.template.toString());
        assertThat(properties.values()).noneSatisfy(value -> assertThat(String.valueOf(value))
                .contains(PurgeFixture.TEMPLATE_NAME));
    }

    @Test
    void aDocumentThatHasADisposalRecordAlreadyIsNotPurgedAndTheRecordStaysAsItWas() {
        // given a document that has a record already (say it was restored after its purge, with the same id)
        NodeRef document = fixture.document("a.pdf", LONG_AGO, "store://a.bin");
        NodeRef record = fixture.proof.recordWriter().write(org.gdprretention.core.proof.DisposalRecord.of(
                org.gdprretention.core.DocumentId.of(document.toString()), null, null, null, "APPLICATION",
                PurgeFixture.APPLICATION.category(), LONG_AGO, LONG_AGO.plusWeeks(4), PurgeFixture.NOW, "earlier",
                "Retention expired", false, List.of(), List.of(), false));
        String before = fixture.proof.recordWriter().contentHash(record);

        // when
        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        // then the purge failed as a whole: the document, its binary and the first record are as they were
        assertThat(outcome.result()).isEqualTo(PurgeResult.FAILED);
        assertThat(fixture.nodes.exists(document)).isTrue();
        assertThat(fixture.contentUrls.hasRow("store://a.bin")).isTrue();
        assertThat(fixture.disposalRecords()).containsExactly(record);
        assertThat(fixture.proof.recordWriter().contentHash(record)).isEqualTo(before);
        assertThat(fixture.auditEntries()).isEmpty();
    }
}
