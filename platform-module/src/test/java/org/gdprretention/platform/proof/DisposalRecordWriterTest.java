package org.gdprretention.platform.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.proof.DisposalRecord;
import org.gdprretention.core.proof.RemovedBinary;
import org.gdprretention.core.proof.RetainedBinary;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testrepo.ProofRepository;
import org.junit.jupiter.api.Test;

class DisposalRecordWriterTest {

    private static final Instant PURGED_AT = Instant.parse("2025-06-01T10:00:00Z");
    private static final DocumentId DOCUMENT = DocumentId.of("workspace://SpacesStore/0d5e3c1a-1111-2222-3333-444455556666");
    private static final String SHA = "ab".repeat(32);

    private final ProofRepository repository = new ProofRepository(Clock.fixed(PURGED_AT, ZoneOffset.UTC));
    private final DisposalRecordWriter writer = repository.recordWriter();

    @Test
    void aRecordIsStoredUnderDisposalsWithEveryFieldOfTheEngineRecord() {
        // given
        DisposalRecord record = record(true, List.of(RemovedBinary.hashed("store://2025/1/1/a.bin", 2048, SHA)),
                List.of(new RetainedBinary("store://2025/1/1/b.bin", "shared with a copy")));

        // when
        NodeRef node = writer.write(record);

        // then
        NodeRef disposals = repository.folder(RetentionFolders.DISPOSALS_NAME).orElseThrow();
        assertThat(repository.nodes().childrenOfType(disposals, RetentionModel.TYPE_DISPOSAL_RECORD)).containsExactly(node);
        Map<QName, Serializable> properties = repository.nodes().nodeService().getProperties(node);
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        assertThat(properties)
                .containsEntry(ContentModel.PROP_NAME, "disposal-0d5e3c1a-1111-2222-3333-444455556666")
                .containsEntry(RetentionModel.PROP_DISPOSED_DOCUMENT_ID, DOCUMENT.value())
                .containsEntry(RetentionModel.PROP_DISPOSED_NAME, "contract.pdf")
                .containsEntry(RetentionModel.PROP_DISPOSED_PATH, "/Company Home/Sites/hr")
                .containsEntry(RetentionModel.PROP_DISPOSED_TEMPLATE, "Arbeidsovereenkomst")
                .containsEntry(RetentionModel.PROP_DISPOSED_RETENTION_TYPE, "APPLICATION")
                .containsEntry(RetentionModel.PROP_DISPOSED_CATEGORY, "DOSSIER_TASKS_CONTACTS")
                .containsEntry(RetentionModel.PROP_DISPOSED_START,
                        Date.from(LocalDate.of(2024, 1, 1).atStartOfDay(amsterdam).toInstant()))
                .containsEntry(RetentionModel.PROP_DISPOSED_EXPIRY,
                        Date.from(LocalDate.of(2024, 1, 29).atStartOfDay(amsterdam).toInstant()))
                .containsEntry(RetentionModel.PROP_PURGED_AT, Date.from(PURGED_AT))
                .containsEntry(RetentionModel.PROP_PURGED_BY, "olivia")
                .containsEntry(RetentionModel.PROP_DISPOSAL_REASON, "Retention expired")
                .containsEntry(RetentionModel.PROP_DISPOSAL_FORCED, false)
                .containsEntry(RetentionModel.PROP_BINARIES_REMOVED,
                        new ArrayList<>(List.of("store://2025/1/1/a.bin|2048|" + SHA)))
                .containsEntry(RetentionModel.PROP_BINARIES_KEPT,
                        new ArrayList<>(List.of("store://2025/1/1/b.bin|shared with a copy")));
    }

    @Test
    void withoutKeepNamesNeitherNameNorPathIsWrittenAtAll() {
        NodeRef node = writer.write(record(false, List.of(), List.of()));

        Map<QName, Serializable> properties = repository.nodes().nodeService().getProperties(node);
        assertThat(properties).doesNotContainKeys(RetentionModel.PROP_DISPOSED_NAME, RetentionModel.PROP_DISPOSED_PATH);
        assertThat(properties.get(ContentModel.PROP_NAME).toString()).doesNotContain("contract");
    }

    @Test
    void aSecondRecordForTheSameDocumentFailsAndChangesNothing() {
        // given a record written with names
        NodeRef first = writer.write(record(true, List.of(), List.of()));
        Map<QName, Serializable> before = Map.copyOf(repository.nodes().nodeService().getProperties(first));

        // when the document's record is written again, now without names
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.write(record(false, List.of(), List.of())))
                .isInstanceOf(DuplicateDisposalRecordException.class).hasMessageContaining(DOCUMENT.value());

        // then there is still the one record, as it was
        NodeRef disposals = repository.folder(RetentionFolders.DISPOSALS_NAME).orElseThrow();
        assertThat(repository.nodes().childrenOfType(disposals, RetentionModel.TYPE_DISPOSAL_RECORD))
                .containsExactly(first);
        assertThat(repository.nodes().nodeService().getProperties(first)).isEqualTo(before);
    }

    @Test
    void theContentHashChangesWithAnyChangeToTheRecordItsBinaryListIncluded() {
        NodeRef node = writer.write(record(false, List.of(), List.of()));
        writer.recordBinaries(node, List.of(RemovedBinary.hashed("store://x.bin", 10, SHA)), List.of());
        String hash = writer.contentHash(node);
        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(writer.contentHash(node));

        // a binary's HMAC swapped in the record
        repository.nodes().nodeService().setProperty(node, RetentionModel.PROP_BINARIES_REMOVED,
                new java.util.ArrayList<>(List.of("store://x.bin|10|" + "cd".repeat(32))));
        String swapped = writer.contentHash(node);
        // one entry split into two that read the same when joined
        repository.nodes().nodeService().setProperty(node, RetentionModel.PROP_BINARIES_REMOVED,
                new java.util.ArrayList<>(List.of("store://x.bin|10|", SHA)));

        assertThat(swapped).isNotEqualTo(hash);
        assertThat(writer.contentHash(node)).isNotEqualTo(hash).isNotEqualTo(swapped);
    }

    @Test
    void binariesAreCompletedLaterWithoutTouchingTheRestOfTheRecord() {
        // given
        NodeRef node = writer.write(record(false, List.of(),
                List.of(new RetainedBinary("store://x.bin", "awaiting removal"))));

        // when
        writer.recordBinaries(node, List.of(RemovedBinary.of("store://x.bin", 10)), List.of());

        // then an unhashed binary has an empty hash field
        Map<QName, Serializable> properties = repository.nodes().nodeService().getProperties(node);
        assertThat(properties.get(RetentionModel.PROP_BINARIES_REMOVED)).isEqualTo(List.of("store://x.bin|10|"));
        assertThat(properties.get(RetentionModel.PROP_BINARIES_KEPT)).isEqualTo(List.of());
        assertThat(properties.get(RetentionModel.PROP_PURGED_BY)).isEqualTo("olivia");
    }

    @Test
    void aBadZoneIsRefusedNamingIt() {
        assertThatThrownBy(() -> new DisposalRecordWriter().setZone("Mars/Olympus"))
                .hasMessageContaining("gdpr-retention.zone").hasMessageContaining("'Mars/Olympus'");
    }

    private static DisposalRecord record(boolean keepNames, List<RemovedBinary> removed, List<RetainedBinary> kept) {
        return DisposalRecord.of(DOCUMENT, "contract.pdf", "/Company Home/Sites/hr", "Arbeidsovereenkomst",
                "APPLICATION", RetentionCategory.DOSSIER_TASKS_CONTACTS, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 29), PURGED_AT, "olivia", "Retention expired", false, removed, kept, keepNames);
    }
}
