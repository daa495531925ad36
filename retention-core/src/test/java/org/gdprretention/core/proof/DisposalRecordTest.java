package org.gdprretention.core.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.RetentionCategory;
import org.junit.jupiter.api.Test;

class DisposalRecordTest {

    private static final DocumentId DOC = DocumentId.of("workspace://SpacesStore/1234");
    private static final LocalDate START = LocalDate.of(2018, 1, 31);
    private static final LocalDate EXPIRY = LocalDate.of(2025, 1, 31);
    private static final Instant PURGED_AT = Instant.parse("2025-02-03T10:15:30Z");
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static DisposalRecord record(boolean keepNames) {
        return DisposalRecord.of(DOC, "Contract J. Jansen.pdf", "/Sites/hr/documentLibrary/Jansen", "Arbeidscontract",
                "PERSONNEL_7Y", RetentionCategory.DOSSIER_TASKS_CONTACTS, START, EXPIRY, PURGED_AT, "officer",
                "retention expired", false,
                List.of(RemovedBinary.hashed("store://a.bin", 2048, SHA), RemovedBinary.of("store://a-thumb.bin", 512)),
                List.of(new RetainedBinary("store://shared.bin", "SHARED_WITH_LIVE_NODE")), keepNames);
    }

    @Test
    void namesAreDroppedUnlessConfiguredToKeepThem() {
        DisposalRecord withoutNames = record(false);

        assertThat(withoutNames.name()).isEmpty();
        assertThat(withoutNames.path()).isEmpty();
        assertThat(withoutNames.template()).contains("Arbeidscontract");
        assertThat(withoutNames.toString()).doesNotContain("Jansen");
    }

    @Test
    void namesAreKeptWhenConfigured() {
        DisposalRecord withNames = record(true);

        assertThat(withNames.name()).contains("Contract J. Jansen.pdf");
        assertThat(withNames.path()).contains("/Sites/hr/documentLibrary/Jansen");
    }

    @Test
    void recordsTheBinariesAndTheirTotalSize() {
        DisposalRecord record = record(false);

        assertThat(record.binariesRemoved()).extracting(RemovedBinary::sha256)
                .containsExactly(Optional.of(SHA), Optional.empty());
        assertThat(record.bytesRemoved()).isEqualTo(2560);
        assertThat(record.binariesKept()).extracting(RetainedBinary::why).containsExactly("SHARED_WITH_LIVE_NODE");
    }

    @Test
    void blankTemplateCountsAsNoTemplate() {
        DisposalRecord record = DisposalRecord.of(DOC, null, null, " ", "PERSONNEL_7Y", RetentionCategory.OTHER,
                START, EXPIRY, PURGED_AT, "officer", "expired", false, List.of(), List.of(), true);

        assertThat(record.template()).isEmpty();
        assertThat(record.name()).isEmpty();
    }

    @Test
    void missingRequiredFieldsAreRefusedNamingTheField() {
        assertRefused("documentId", () -> DisposalRecord.of(null, null, null, null, "T", RetentionCategory.OTHER,
                START, EXPIRY, PURGED_AT, "officer", "expired", false, List.of(), List.of(), false));
        assertRefused("retentionTypeCode", () -> DisposalRecord.of(DOC, null, null, null, " ", RetentionCategory.OTHER,
                START, EXPIRY, PURGED_AT, "officer", "expired", false, List.of(), List.of(), false));
        assertRefused("category", () -> DisposalRecord.of(DOC, null, null, null, "T", null,
                START, EXPIRY, PURGED_AT, "officer", "expired", false, List.of(), List.of(), false));
        assertRefused("startDate", () -> DisposalRecord.of(DOC, null, null, null, "T", RetentionCategory.OTHER,
                null, EXPIRY, PURGED_AT, "officer", "expired", false, List.of(), List.of(), false));
        assertRefused("expiryDate", () -> DisposalRecord.of(DOC, null, null, null, "T", RetentionCategory.OTHER,
                START, null, PURGED_AT, "officer", "expired", false, List.of(), List.of(), false));
        assertRefused("purgedAt", () -> DisposalRecord.of(DOC, null, null, null, "T", RetentionCategory.OTHER,
                START, EXPIRY, null, "officer", "expired", false, List.of(), List.of(), false));
        assertRefused("purgedBy", () -> DisposalRecord.of(DOC, null, null, null, "T", RetentionCategory.OTHER,
                START, EXPIRY, PURGED_AT, "", "expired", false, List.of(), List.of(), false));
        assertRefused("reason", () -> DisposalRecord.of(DOC, null, null, null, "T", RetentionCategory.OTHER,
                START, EXPIRY, PURGED_AT, "officer", null, false, List.of(), List.of(), false));
        assertRefused("binariesRemoved", () -> DisposalRecord.of(DOC, null, null, null, "T", RetentionCategory.OTHER,
                START, EXPIRY, PURGED_AT, "officer", "expired", false, null, List.of(), false));
    }

    @Test
    void expiryBeforeStartIsRefused() {
        assertThatThrownBy(() -> DisposalRecord.of(DOC, null, null, null, "T", RetentionCategory.OTHER,
                EXPIRY, START, PURGED_AT, "officer", "expired", false, List.of(), List.of(), false))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid expiryDate '2018-01-31'");
    }

    @Test
    void badBinaryFactsAreRefusedNamingFieldAndValue() {
        assertThatThrownBy(() -> RemovedBinary.hashed("store://a", 1, "xyz"))
                .hasMessage("Invalid sha256 'xyz': must be 64 hexadecimal digits");
        assertThatThrownBy(() -> RemovedBinary.of("store://a", -1)).hasMessageStartingWith("Invalid sizeBytes '-1'");
        assertThatThrownBy(() -> RemovedBinary.of("", 1)).hasMessageStartingWith("Invalid contentUrl ''");
        assertThatThrownBy(() -> new RetainedBinary("store://a", " ")).hasMessageStartingWith("Invalid why ' '");
    }

    @Test
    void upperCaseHashIsStoredInLowerCase() {
        assertThat(RemovedBinary.hashed("store://a", 1, SHA.toUpperCase()).sha256()).contains(SHA);
    }

    private static void assertRefused(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid " + field + " '")
                .satisfies(e -> assertThat(((InvalidRetentionInputException) e).field()).isEqualTo(field));
    }
}
