package org.gdprretention.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.disposal.PurgeFixture.ADMIN;
import static org.gdprretention.platform.disposal.PurgeFixture.LAST_WEEK;
import static org.gdprretention.platform.disposal.PurgeFixture.LONG_AGO;
import static org.gdprretention.platform.disposal.PurgeFixture.NOBODY_SPECIAL;
import static org.gdprretention.platform.disposal.PurgeFixture.dryRun;
import static org.gdprretention.platform.disposal.PurgeFixture.realRun;
import static org.gdprretention.platform.disposal.PurgeFixture.size;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.DisposalMode;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.proof.RemovedBinary;
import org.gdprretention.core.proof.RetainedBinary;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.model.RetentionModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class PurgeServiceTest {

    private final PurgeFixture fixture = new PurgeFixture();

    @AfterEach
    void closeFixture() {
        fixture.close();
    }

    @Test
    void anExpiredDocumentIsPurgedWithItsVersionsRenditionsAndBinariesAndTheProofIsWritten() {
        // given an expired document with two versions (the latest shares the live binary) and a rendition
        NodeRef document = fixture.document("cv-jansen.pdf", LONG_AGO, "store://live.bin");
        List<NodeRef> frozen = fixture.versions(document, "store://v1.bin", "store://live.bin");
        NodeRef rendition = fixture.rendition(document, "store://doclib.bin");

        // when the officer purges it
        PurgeReport report = fixture.purge(realRun(), document);

        // then the document, its versions and its rendition are gone, none of them into the trashcan
        PurgeOutcome outcome = report.outcomes().get(0);
        assertThat(outcome.result()).isEqualTo(PurgeResult.PURGED);
        assertThat(outcome.reason()).isEqualTo("Retention expired (kept through 2024-01-29)");
        assertThat(fixture.nodes.exists(document)).isFalse();
        assertThat(fixture.nodes.exists(rendition)).isFalse();
        assertThat(frozen).noneMatch(fixture.nodes::exists);
        assertThat(fixture.nodes.archived()).isEmpty();

        // and each binary was removed once, with its size and hash
        assertThat(outcome.binariesRemoved()).containsExactly(
                RemovedBinary.hashed("store://live.bin", size("store://live.bin"), fixture.hmacOf("store://live.bin")),
                RemovedBinary.hashed("store://v1.bin", size("store://v1.bin"), fixture.hmacOf("store://v1.bin")),
                RemovedBinary.hashed("store://doclib.bin", size("store://doclib.bin"), fixture.hmacOf("store://doclib.bin")));
        assertThat(outcome.binariesKept()).isEmpty();
        verify(fixture.cleaner).registerOrphanedContentUrl("store://live.bin", true);
        verify(fixture.cleaner).registerOrphanedContentUrl("store://v1.bin", true);
        verify(fixture.cleaner).registerOrphanedContentUrl("store://doclib.bin", true);
        assertThat(fixture.contentUrls.hasRow("store://live.bin")).isFalse();
        assertThat(fixture.contentUrls.hasRow("store://v1.bin")).isFalse();

        // and one disposal record proves it, completed with the binaries
        assertThat(fixture.disposalRecords()).containsExactly(outcome.disposalRecord());
        Map<QName, Serializable> record = fixture.nodeService.getProperties(outcome.disposalRecord());
        assertThat(record).containsEntry(RetentionModel.PROP_DISPOSED_DOCUMENT_ID, document.toString())
                .containsEntry(RetentionModel.PROP_DISPOSED_RETENTION_TYPE, "APPLICATION")
                .containsEntry(RetentionModel.PROP_DISPOSED_TEMPLATE, fixture.template.toString())
                .containsEntry(RetentionModel.PROP_PURGED_BY, PurgeFixture.OFFICER)
                .containsEntry(RetentionModel.PROP_DISPOSAL_FORCED, false);
        assertThat((List<Object>) (List<?>) record.get(RetentionModel.PROP_BINARIES_REMOVED)).containsExactly(
                "store://live.bin|" + size("store://live.bin") + "|" + fixture.hmacOf("store://live.bin"),
                "store://v1.bin|" + size("store://v1.bin") + "|" + fixture.hmacOf("store://v1.bin"),
                "store://doclib.bin|" + size("store://doclib.bin") + "|" + fixture.hmacOf("store://doclib.bin"));
        assertThat((List<Object>) (List<?>) record.get(RetentionModel.PROP_BINARIES_KEPT)).isEmpty();

        // and the audit log has the purge and the binary removal, chained and intact
        assertThat(fixture.auditEntries()).hasSize(2);
        assertThat(fixture.proof.auditLog().verify().valid()).isTrue();
        assertThat(report.summary()).isEqualTo("purged 1, refused 0, failed 0; 3 binaries ("
                + outcome.bytesRemoved() + " bytes) removed");
    }

    @Test
    void versionHistoryGoesBeforeRenditionsBeforeTheNodeAndBinariesOnlyAfterCommit() {
        // given
        NodeRef document = fixture.document("cv.pdf", LONG_AGO, "store://live.bin");
        fixture.versions(document, "store://v1.bin");
        NodeRef rendition = fixture.rendition(document, "store://doclib.bin");

        // when
        fixture.purge(realRun(), document);

        // then
        InOrder order = inOrder(fixture.nodeService, fixture.versionService, fixture.contentUrls.contentDataDAO(),
                fixture.cleaner);
        order.verify(fixture.nodeService).createNode(any(NodeRef.class), eq(ContentModel.ASSOC_CONTAINS),
                any(QName.class), eq(RetentionModel.TYPE_DISPOSAL_RECORD), anyMap());
        order.verify(fixture.nodeService).createNode(any(NodeRef.class), eq(ContentModel.ASSOC_CONTAINS),
                any(QName.class), eq(RetentionModel.TYPE_AUDIT_ENTRY), anyMap());
        order.verify(fixture.versionService).deleteVersionHistory(document);
        order.verify(fixture.nodeService).addAspect(rendition, ContentModel.ASPECT_TEMPORARY, null);
        order.verify(fixture.nodeService).deleteNode(rendition);
        order.verify(fixture.nodeService).addAspect(document, ContentModel.ASPECT_TEMPORARY, null);
        order.verify(fixture.nodeService).deleteNode(document);
        order.verify(fixture.contentUrls.contentDataDAO()).getContentUrl("store://live.bin");
        // the row first (the foreign key's check), then the binary, registered to go once the row's delete commits
        order.verify(fixture.contentUrls.contentDataDAO()).deleteContentUrls(anyList());
        order.verify(fixture.cleaner).registerOrphanedContentUrl("store://live.bin", true);
        // the purge committed before the clean-up started: one transaction per binary (live, version, rendition),
        // none nested, then one that tells the record and the audit log
        assertThat(fixture.transactions.events()).containsExactly("begin read-only", "commit",
                "begin read-write", "commit",
                "begin read-write", "commit", "begin read-write", "commit", "begin read-write", "commit",
                "begin read-write", "commit");
    }

    @Test
    void eachDocumentOfADirectCallIsPurgedInATransactionOfItsOwn() {
        NodeRef first = fixture.document("a.pdf", LONG_AGO, "store://a.bin");
        NodeRef second = fixture.document("b.pdf", LONG_AGO, "store://b.bin");

        PurgeReport report = fixture.purge(realRun(), first, second);

        assertThat(report.outcomes()).extracting(PurgeOutcome::result)
                .containsExactly(PurgeResult.PURGED, PurgeResult.PURGED);
        // one read-only planning transaction, then per document its purge, its binary's removal and the record of it
        assertThat(fixture.transactions.events()).containsExactly("begin read-only", "commit",
                "begin read-write", "commit", "begin read-write", "commit", "begin read-write", "commit",
                "begin read-write", "commit", "begin read-write", "commit", "begin read-write", "commit");
    }

    @Test
    void aPurgeFromAFolderRuleRunsAfterTheRulesTransactionCommitsAndSeesTheNewDocument() {
        // given a synchronous folder rule that purges a document in the transaction that just created it
        PurgeReport[] fromRule = new PurgeReport[1];
        NodeRef document = fixture.inTransaction(() -> {
            NodeRef created = fixture.document("cv.pdf", LONG_AGO, "store://live.bin");
            fixture.onBeforeCommit(() -> fromRule[0] = fixture.purge(realRun(), created));
            return created;
        });

        // then the rule got a scheduled outcome rather than a purge nested in its own transaction
        PurgeOutcome scheduled = fromRule[0].outcomes().get(0);
        assertThat(scheduled.result()).isEqualTo(PurgeResult.SCHEDULED);
        assertThat(scheduled.reason()).isEqualTo(PurgeService.SCHEDULED_REASON);
        assertThat(fromRule[0].summary()).startsWith("purged 0, scheduled 1, refused 0, failed 0");

        // and once that transaction committed, the document was purged, with its proof, in transactions of its own
        assertThat(fixture.nodes.exists(document)).isFalse();
        assertThat(fixture.disposalRecords()).hasSize(1);
        assertThat(fixture.nodeService.getProperty(fixture.disposalRecords().get(0), RetentionModel.PROP_PURGED_BY))
                .isEqualTo(PurgeFixture.OFFICER);
        assertThat(fixture.auditEntries()).hasSize(2);
        assertThat(fixture.transactions.events()).containsExactly("begin read-write", "commit",
                "begin read-only", "commit", "begin read-write", "commit", "begin read-write", "commit",
                "begin read-write", "commit");
    }

    @Test
    void aPurgeInsideATransactionThatRollsBackPurgesNothing() {
        // given a committed expired document
        NodeRef document = fixture.document("cv.pdf", LONG_AGO, "store://live.bin");

        // when a transaction asks for its purge and then fails
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.inTransaction(() -> {
            assertThat(fixture.purge(realRun(), document).outcomes().get(0).result())
                    .isEqualTo(PurgeResult.SCHEDULED);
            throw new IllegalStateException("the request failed");
        })).hasMessage("the request failed");

        // then the document is untouched
        assertThat(fixture.nodes.exists(document)).isTrue();
        fixture.assertNothingWritten();
    }

    @Test
    void insideATransactionARefusalIsFinalAndReportedAtOnce() {
        NodeRef document = fixture.document("cv.pdf", LONG_AGO, "store://live.bin");
        fixture.hold(document);

        PurgeOutcome outcome = fixture.inTransaction(() -> fixture.purge(realRun(), document)).outcomes().get(0);

        assertThat(outcome.result()).isEqualTo(PurgeResult.REFUSED);
        assertThat(outcome.reason()).startsWith("ON_HOLD: ");
        assertThat(fixture.nodes.exists(document)).isTrue();
        assertThat(fixture.transactions.events()).containsExactly("begin read-write", "commit");
    }

    @Test
    void aDryRunInsideATransactionSeesThatTransactionsNewDocument() {
        PurgeOutcome outcome = fixture.inTransaction(() -> fixture.purge(dryRun(),
                fixture.document("cv.pdf", LONG_AGO, "store://live.bin"))).outcomes().get(0);

        assertThat(outcome.result()).isEqualTo(PurgeResult.WOULD_PURGE);
        assertThat(fixture.transactions.events()).containsExactly("begin read-write", "commit");
    }

    @Test
    void theTrashcanIsBypassed() {
        NodeRef document = fixture.document("cv.pdf", LONG_AGO, "store://live.bin");

        fixture.purge(realRun(), document);

        InOrder order = inOrder(fixture.nodeService);
        order.verify(fixture.nodeService).addAspect(document, ContentModel.ASPECT_TEMPORARY, null);
        order.verify(fixture.nodeService).deleteNode(document);
        assertThat(fixture.nodes.archived()).doesNotContainKey(document);
    }

    @Test
    void aBinaryAnotherDocumentStillUsesIsKeptAndNeverHandedToTheCleaner() {
        // given an expired document whose binary a live copy elsewhere shares, plus a binary of its own
        NodeRef document = fixture.document("cv.pdf", LONG_AGO, "store://shared.bin");
        fixture.versions(document, "store://own.bin");
        NodeRef copy = fixture.plainDocument("copy of cv.pdf", "store://shared.bin");

        // when
        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        // then the shared binary stays, and the record says why
        assertThat(outcome.result()).isEqualTo(PurgeResult.PURGED);
        assertThat(outcome.binariesKept()).containsExactly(
                new RetainedBinary("store://shared.bin", ContentStoreCleanup.STILL_REFERENCED));
        assertThat(outcome.binariesRemoved()).extracting(RemovedBinary::contentUrl).containsExactly("store://own.bin");
        verify(fixture.cleaner, never()).registerOrphanedContentUrl(eq("store://shared.bin"), anyBoolean());
        verify(fixture.cleaner, never()).registerOrphanedContentUrl("store://shared.bin");
        assertThat(fixture.contentUrls.hasRow("store://shared.bin")).isTrue();
        assertThat(fixture.nodes.exists(copy)).isTrue();
        assertThat((List<Object>) (List<?>) fixture.nodeService.getProperty(outcome.disposalRecord(), RetentionModel.PROP_BINARIES_KEPT))
                .containsExactly("store://shared.bin|" + ContentStoreCleanup.STILL_REFERENCED);
    }

    @Test
    void aDocumentOnHoldIsRefusedAndUntouched() {
        NodeRef document = fixture.document("cv.pdf", LONG_AGO, "store://live.bin");
        fixture.hold(document);

        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        assertThat(outcome.result()).isEqualTo(PurgeResult.REFUSED);
        assertThat(outcome.reason()).startsWith("ON_HOLD: ");
        fixture.assertNothingWritten();
        assertThat(fixture.nodes.exists(document)).isTrue();
    }

    @Test
    void anUnexpiredDocumentIsRefusedNamingItsExpiry() {
        NodeRef document = fixture.document("cv.pdf", LAST_WEEK, "store://live.bin");

        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        assertThat(outcome.result()).isEqualTo(PurgeResult.REFUSED);
        assertThat(outcome.reason()).isEqualTo("NOT_EXPIRED: its retention has not expired (kept through 2025-06-23)");
        fixture.assertNothingWritten();
    }

    @Test
    void aUserWhoIsNeitherOfficerNorAdminHasEveryDocumentRefusedAndNothingChanges() {
        // given
        NodeRef first = fixture.document("a.pdf", LONG_AGO, "store://a.bin");
        NodeRef second = fixture.document("b.pdf", LONG_AGO, "store://b.bin");
        fixture.signInAs(NOBODY_SPECIAL);

        // when
        PurgeReport report = fixture.purge(realRun(), first, second);

        // then
        assertThat(report.outcomes()).extracting(PurgeOutcome::result)
                .containsExactly(PurgeResult.REFUSED, PurgeResult.REFUSED);
        assertThat(report.outcomes().get(0).reason()).isEqualTo("NOT_PERMITTED: user 'ursula' is neither an"
                + " administrator nor a member of GROUP_GDPR_OFFICERS");
        fixture.assertNothingWritten();
        assertThat(fixture.transactions.events()).isEmpty();
    }

    @Test
    void anOfficerCannotForceButAnAdministratorCanWithAReason() {
        // given an unexpired document
        NodeRef document = fixture.document("cv.pdf", LAST_WEEK, "store://live.bin");
        PurgeOptions forced = new PurgeOptions(false, "Data subject asked for erasure (art. 17)", 500);

        // when an officer forces, it is refused
        PurgeOutcome byOfficer = fixture.purge(forced, document).outcomes().get(0);
        assertThat(byOfficer.result()).isEqualTo(PurgeResult.REFUSED);
        assertThat(byOfficer.reason()).startsWith("NOT_EXPIRED: ")
                .endsWith("only an administrator may purge before expiry");
        fixture.assertNothingWritten();

        // when the administrator forces, it is purged and the record says so
        fixture.signInAs(ADMIN);
        PurgeOutcome byAdmin = fixture.purge(forced, document).outcomes().get(0);
        assertThat(byAdmin.result()).isEqualTo(PurgeResult.PURGED);
        assertThat(byAdmin.reason())
                .isEqualTo("Forced before expiry (2025-06-23): Data subject asked for erasure (art. 17)");
        Map<QName, Serializable> record = fixture.nodeService.getProperties(byAdmin.disposalRecord());
        assertThat(record).containsEntry(RetentionModel.PROP_DISPOSAL_FORCED, true)
                .containsEntry(RetentionModel.PROP_PURGED_BY, ADMIN)
                .containsEntry(RetentionModel.PROP_DISPOSAL_REASON, byAdmin.reason());
    }

    @Test
    void notEvenAnAdministratorCanForceADocumentOnHold() {
        NodeRef document = fixture.document("cv.pdf", LAST_WEEK, "store://live.bin");
        fixture.hold(document);
        fixture.signInAs(ADMIN);

        PurgeOutcome outcome = fixture.purge(new PurgeOptions(false, "urgent", 500), document).outcomes().get(0);

        assertThat(outcome.reason()).startsWith("ON_HOLD: ");
        assertThat(fixture.nodes.exists(document)).isTrue();
    }

    @Test
    void aDryRunReportsTheSameOutcomesAndChangesNothing() {
        // given an expired document with a version, one on hold, and one not expired
        NodeRef expired = fixture.document("a.pdf", LONG_AGO, "store://a.bin");
        fixture.versions(expired, "store://a-v1.bin");
        NodeRef held = fixture.document("b.pdf", LONG_AGO, "store://b.bin");
        fixture.hold(held);
        NodeRef recent = fixture.document("c.pdf", LAST_WEEK, "store://c.bin");

        // when
        PurgeReport report = fixture.purge(dryRun(), expired, held, recent);

        // then
        assertThat(report.outcomes()).extracting(PurgeOutcome::result)
                .containsExactly(PurgeResult.WOULD_PURGE, PurgeResult.REFUSED, PurgeResult.REFUSED);
        PurgeOutcome wouldPurge = report.outcomes().get(0);
        assertThat(wouldPurge.binariesRemoved()).containsExactly(
                RemovedBinary.of("store://a.bin", size("store://a.bin")),
                RemovedBinary.of("store://a-v1.bin", size("store://a-v1.bin")));
        assertThat(wouldPurge.disposalRecord()).isNull();
        assertThat(report.outcomes().get(1).reason()).startsWith("ON_HOLD: ");
        assertThat(report.outcomes().get(2).reason()).startsWith("NOT_EXPIRED: ");
        assertThat(report.summary()).startsWith("would purge 1, refused 2, failed 0; 2 binaries");

        // and nothing was written, deleted or cleaned, and only a read-only transaction ran
        fixture.assertNothingWritten();
        verifyNoInteractions(fixture.contentService);
        assertThat(List.of(expired, held, recent)).allMatch(fixture.nodes::exists);
        // the planning ran read-only; the one read-write transaction after it only appended the dry run's entry
        assertThat(fixture.transactions.events())
                .containsExactly("begin read-only", "commit", "begin read-write", "commit");
        assertThat(fixture.auditEntries()).extracting(entry -> fixture.nodeService.getProperty(entry,
                RetentionModel.PROP_AUDIT_ACTION)).containsExactly(PurgeService.AUDIT_PURGE_DRY_RUN);
    }

    @Test
    void oneFailingDocumentIsRolledBackAloneAndTheOthersAreStillPurged() {
        // given three expired documents, the second of which cannot be deleted
        NodeRef first = fixture.document("a.pdf", LONG_AGO, "store://a.bin");
        NodeRef failing = fixture.document("b.pdf", LONG_AGO, "store://b.bin");
        NodeRef third = fixture.document("c.pdf", LONG_AGO, "store://c.bin");
        doThrow(new IllegalStateException("node is locked")).when(fixture.nodeService).deleteNode(failing);

        // when
        PurgeReport report = fixture.purge(realRun(), first, failing, third);

        // then
        assertThat(report.outcomes()).extracting(PurgeOutcome::result)
                .containsExactly(PurgeResult.PURGED, PurgeResult.FAILED, PurgeResult.PURGED);
        // the caller learns that it failed and where to look, not ACS's own words
        assertThat(report.outcomes().get(1).reason()).doesNotContain("node is locked")
                .matches("FAILED: the purge of this document failed and was rolled back; nothing of it was changed"
                        + " \\(repository log reference purge-[0-9a-f]{8}\\)");
        assertThat(fixture.nodes.exists(failing)).isTrue();
        assertThat(fixture.nodes.exists(first)).isFalse();
        assertThat(fixture.nodes.exists(third)).isFalse();
        // no record and no audit entry of the failed document survived its rollback; the chain is intact
        assertThat(fixture.disposalRecords()).hasSize(2).extracting(record -> fixture.nodeService.getProperty(record,
                RetentionModel.PROP_DISPOSED_DOCUMENT_ID)).containsExactlyInAnyOrder(first.toString(), third.toString());
        assertThat(fixture.auditEntries()).hasSize(4);
        assertThat(fixture.proof.auditLog().verify().valid()).isTrue();
        assertThat(fixture.contentUrls.hasRow("store://b.bin")).isTrue();
        verify(fixture.cleaner, never()).registerOrphanedContentUrl(eq("store://b.bin"), anyBoolean());
    }

    @Test
    void withoutKeepNamesTheRecordHasNeitherNameNorPath() {
        NodeRef document = fixture.document("cv-jansen.pdf", LONG_AGO, "store://live.bin");

        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        Map<QName, Serializable> record = fixture.nodeService.getProperties(outcome.disposalRecord());
        assertThat(record).doesNotContainKeys(RetentionModel.PROP_DISPOSED_NAME, RetentionModel.PROP_DISPOSED_PATH);
        assertThat(record.values()).noneMatch(value -> String.valueOf(value).contains("jansen"));
        assertThat(fixture.auditEntries()).allSatisfy(entry -> assertThat(
                fixture.nodeService.getProperties(entry).values()).noneMatch(v -> String.valueOf(v).contains("jansen")));
    }

    @Test
    void withKeepNamesTheRecordHasNameAndFolderPath() {
        fixture.service.setKeepNames(true);
        NodeRef document = fixture.document("cv-jansen.pdf", LONG_AGO, "store://live.bin");

        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        assertThat(fixture.nodeService.getProperties(outcome.disposalRecord()))
                .containsEntry(RetentionModel.PROP_DISPOSED_NAME, "cv-jansen.pdf")
                .containsEntry(RetentionModel.PROP_DISPOSED_PATH, "/Company Home/Sites/hr");
    }

    @Test
    void aRunInterruptedMidwayAndRunAgainPurgesNothingTwiceAndKeepsOneRecordPerDocument() {
        // given a first run that is interrupted at the second document
        NodeRef first = fixture.document("a.pdf", LONG_AGO, "store://a.bin");
        NodeRef second = fixture.document("b.pdf", LONG_AGO, "store://b.bin");
        doThrow(new IllegalStateException("server shutting down")).when(fixture.nodeService).deleteNode(second);
        PurgeReport interrupted = fixture.purge(realRun(), first, second);
        assertThat(interrupted.outcomes()).extracting(PurgeOutcome::result)
                .containsExactly(PurgeResult.PURGED, PurgeResult.FAILED);

        // when the same run is started again after the restart
        doThrow(new IllegalStateException("deleted twice")).when(fixture.nodeService).deleteNode(first);
        org.mockito.Mockito.doAnswer(invocation -> {
            fixture.nodes.deleteNode(second);
            return null;
        }).when(fixture.nodeService).deleteNode(second);
        PurgeReport rerun = fixture.purge(realRun(), first, second);

        // then the document already gone is skipped, the other purged, and each has exactly one record
        assertThat(rerun.outcomes()).extracting(PurgeOutcome::result)
                .containsExactly(PurgeResult.REFUSED, PurgeResult.PURGED);
        assertThat(rerun.outcomes().get(0).reason()).startsWith("ALREADY_PURGED: ");
        assertThat(fixture.disposalRecords()).extracting(record -> fixture.nodeService.getProperty(record,
                RetentionModel.PROP_DISPOSED_DOCUMENT_ID)).containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(fixture.auditEntries()).hasSize(4);
        assertThat(fixture.proof.auditLog().verify().valid()).isTrue();
        verify(fixture.cleaner).registerOrphanedContentUrl("store://a.bin", true);
    }

    @Test
    void documentsBeyondTheBatchLimitAreLeftForALaterRun() {
        NodeRef first = fixture.document("a.pdf", LONG_AGO, "store://a.bin");
        NodeRef second = fixture.document("b.pdf", LONG_AGO, "store://b.bin");
        NodeRef third = fixture.document("c.pdf", LONG_AGO, "store://c.bin");

        PurgeReport report = fixture.purge(new PurgeOptions(false, null, 2), first, second, third);

        assertThat(report.count(PurgeResult.PURGED)).isEqualTo(2);
        PurgeOutcome left = report.outcomes().stream().filter(o -> o.result() == PurgeResult.REFUSED)
                .findFirst().orElseThrow();
        assertThat(left.reason()).isEqualTo("BATCH_LIMIT: the limit of 2 documents per purge was reached;"
                + " a later purge takes it");
        assertThat(fixture.nodes.exists(left.nodeRef())).isTrue();
    }

    @Test
    void twoDocumentsOfOneRunSharingABinaryRemoveItOnceBothAreGone() {
        NodeRef first = fixture.document("a.pdf", LONG_AGO, "store://shared.bin");
        NodeRef second = fixture.document("b.pdf", LONG_AGO, "store://shared.bin");

        PurgeReport report = fixture.purge(realRun(), first, second);

        // Documents are purged in the engine's plan order (by id, which is random here), so whichever goes first
        // still sees the binary referenced by the other and keeps it; the last one removes it.
        assertThat(report.outcomes()).flatExtracting(PurgeOutcome::binariesKept).extracting(RetainedBinary::contentUrl)
                .containsExactly("store://shared.bin");
        assertThat(report.outcomes()).flatExtracting(PurgeOutcome::binariesRemoved)
                .extracting(RemovedBinary::contentUrl).containsExactly("store://shared.bin");
        assertThat(report.outcomes()).allSatisfy(outcome -> assertThat(
                outcome.binariesKept().size() + outcome.binariesRemoved().size()).isEqualTo(1));
        verify(fixture.cleaner).registerOrphanedContentUrl("store://shared.bin", true);
        assertThat(fixture.contentUrls.hasRow("store://shared.bin")).isFalse();
    }

    @Test
    void aDocumentHeldBetweenPlanningAndItsTransactionIsRefusedThen() {
        // given a document that is put on hold right after the run planned it, when its own transaction reads it
        NodeRef document = fixture.document("cv.pdf", LONG_AGO, "store://live.bin");
        int[] reads = {0};
        org.mockito.Mockito.when(fixture.versionService.getVersionHistory(document)).thenAnswer(invocation -> {
            if (++reads[0] == 2) {
                fixture.hold(document);
            }
            return null;
        });

        // when
        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        // then the decision taken again in the document's own transaction wins
        assertThat(outcome.result()).isEqualTo(PurgeResult.REFUSED);
        assertThat(outcome.reason()).startsWith("ON_HOLD: ");
        assertThat(fixture.nodes.exists(document)).isTrue();
        assertThat(fixture.disposalRecords()).isEmpty();
    }

    @Test
    void whenRemovingBinariesFailsThePurgeStandsAndSaysSo() {
        // given
        NodeRef document = fixture.document("cv.pdf", LONG_AGO, "store://live.bin");
        doThrow(new IllegalStateException("content store offline")).when(fixture.cleaner)
                .registerOrphanedContentUrl(anyString(), anyBoolean());

        // when
        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        // then the document is gone and its record says the binary is still awaiting removal
        assertThat(outcome.result()).isEqualTo(PurgeResult.PURGED);
        assertThat(outcome.reason()).doesNotContain("content store offline").contains("repository log reference purge-")
                .contains("orphaned-content sweep");
        assertThat(fixture.nodes.exists(document)).isFalse();
        assertThat(outcome.binariesKept()).containsExactly(
                new RetainedBinary("store://live.bin", CommittedPurge.AWAITING_CLEANUP));
        assertThat((List<Object>) (List<?>) fixture.nodeService.getProperty(outcome.disposalRecord(), RetentionModel.PROP_BINARIES_KEPT))
                .containsExactly("store://live.bin|" + CommittedPurge.AWAITING_CLEANUP);
        assertThat(fixture.auditEntries()).hasSize(1);
    }

    @Test
    void withoutHashingTheRemovedBinariesHaveNoHashAndNothingIsRead() {
        fixture.service.setHashBinaries(false);
        NodeRef document = fixture.document("cv.pdf", LONG_AGO, "store://live.bin");

        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        assertThat(outcome.binariesRemoved()).extracting(RemovedBinary::sha256).containsExactly(Optional.empty());
        verifyNoInteractions(fixture.contentService);
    }

    @Test
    void missingDocumentsAndDocumentsWithoutRetentionAreRefusedWithTheirReason() {
        NodeRef gone = new NodeRef("workspace://SpacesStore/already-gone");
        NodeRef plain = fixture.plainDocument("notes.txt", "store://notes.bin");

        PurgeReport report = fixture.purge(realRun(), gone, plain, gone);

        assertThat(report.outcomes()).hasSize(2);
        assertThat(report.outcomes().get(0).reason())
                .isEqualTo("ALREADY_PURGED: the document no longer exists (already purged or deleted)");
        assertThat(report.outcomes().get(1).reason()).startsWith("NO_RETENTION: ");
        fixture.assertNothingWritten();
    }

    @Test
    void anUnknownRetentionTypeIsRefusedNamingTheCode() {
        NodeRef document = fixture.document("cv.pdf", LONG_AGO, "store://live.bin");
        fixture.nodes.setProperty(document, RetentionModel.PROP_RETENTION_TYPE, "REMOVED_TYPE");
        org.mockito.Mockito.clearInvocations(fixture.nodeService);

        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        assertThat(outcome.reason()).isEqualTo(
                "UNKNOWN_RETENTION_TYPE: retention type 'REMOVED_TYPE' is not in the catalogue");
        fixture.assertNothingWritten();
    }

    @Test
    void theSystemUserOnItsOwnPurgesNothingNotEvenWithAForceReason() {
        // given what a rule triggered by a system write sees: the system user, nobody behind it, a force reason
        NodeRef expired = fixture.document("a.pdf", LONG_AGO, "store://a.bin");
        NodeRef unexpired = fixture.document("b.pdf", LAST_WEEK, "store://b.bin");
        AuthenticationUtil.clearCurrentSecurityContext();

        // when
        PurgeReport report = AuthenticationUtil.runAsSystem(() -> fixture.purge(
                new PurgeOptions(false, "cleaning up", 500), expired, unexpired));

        // then
        assertThat(report.outcomes()).extracting(PurgeOutcome::result)
                .containsExactly(PurgeResult.REFUSED, PurgeResult.REFUSED);
        assertThat(report.outcomes().get(0).reason()).startsWith("NOT_PERMITTED: the system user does not purge");
        assertThat(fixture.nodes.exists(expired)).isTrue();
        assertThat(fixture.nodes.exists(unexpired)).isTrue();
        fixture.assertNothingWritten();
    }

    @Test
    void aJobPurgesExpiredAutoPurgeDocumentsAsItselfAndNeverForces() {
        // given an AUTO_PURGE type with one expired and one unexpired document, and an expired one of a type an
        // officer disposes of
        RetentionType screening = RetentionType.builder().code("SCREENING").label("en", "Screening").label("nl", "Screening").period("P4W")
                .startTrigger("CREATION_DATE").category("DOSSIER_TASKS_CONTACTS").consentLeadDays(7)
                .disposalMode(DisposalMode.AUTO_PURGE).build();
        when(fixture.catalogue.current()).thenReturn(RetentionCatalogue.of(List.of(PurgeFixture.APPLICATION,
                screening)));
        NodeRef expired = fixture.document("a.pdf", LONG_AGO, "store://a.bin");
        NodeRef unexpired = fixture.document("b.pdf", LAST_WEEK, "store://b.bin");
        for (NodeRef document : List.of(expired, unexpired)) {
            fixture.nodes.setProperty(document, RetentionModel.PROP_RETENTION_TYPE, "SCREENING");
        }
        NodeRef onApproval = fixture.document("c.pdf", LONG_AGO, "store://c.bin");
        AuthenticationUtil.clearCurrentSecurityContext();

        // when the job asks, running as system as jobs do, even with a force reason
        PurgeReport report = AuthenticationUtil.runAsSystem(() -> fixture.service.purge(
                List.of(expired, unexpired, onApproval), new PurgeOptions(false, "job forces", 500),
                PurgeCaller.job("gdpr-retention.expiryJob")));

        // then
        assertThat(report.outcomes()).extracting(PurgeOutcome::result)
                .containsExactly(PurgeResult.PURGED, PurgeResult.REFUSED, PurgeResult.REFUSED);
        assertThat(report.outcomes().get(1).reason()).startsWith("NOT_EXPIRED: ")
                .endsWith("only an administrator may purge before expiry");
        assertThat(report.outcomes().get(2).reason()).isEqualTo("NOT_AUTO_PURGE: retention type 'APPLICATION' is"
                + " disposed of by an officer (PURGE_ON_APPROVAL), not by a scheduled job");
        assertThat(fixture.nodes.exists(unexpired)).isTrue();
        assertThat(fixture.nodes.exists(onApproval)).isTrue();
        Map<QName, Serializable> record = fixture.nodeService.getProperties(report.outcomes().get(0).disposalRecord());
        assertThat(record).containsEntry(RetentionModel.PROP_PURGED_BY, "job:gdpr-retention.expiryJob")
                .containsEntry(RetentionModel.PROP_DISPOSAL_FORCED, false);
    }

    @Test
    void anOfficerCannotProbeTheStateOfADocumentSheCannotRead() {
        // given documents of a folder the officers have no permission on, one held, one expired
        NodeRef board = fixture.nodes.folder(fixture.folder, "board");
        fixture.permissions.setInheritParentPermissions(board, false);
        NodeRef held = fixture.nodes.child(board, ContentModel.TYPE_CONTENT, Map.of(ContentModel.PROP_NAME, "h.pdf"));
        fixture.hold(held);
        NodeRef expired = fixture.nodes.child(board, ContentModel.TYPE_CONTENT, Map.of(ContentModel.PROP_NAME,
                "e.pdf", RetentionModel.PROP_RETENTION_TYPE, PurgeFixture.APPLICATION.code(),
                RetentionModel.PROP_RETENTION_START, RepositoryDates.toDate(LONG_AGO, PurgeFixture.ZONE)));
        fixture.nodes.addAspect(expired, RetentionModel.ASPECT_RETAINABLE, null);
        org.mockito.Mockito.clearInvocations(fixture.nodeService);

        // when she previews and purges them, in a request the code already runs as system
        PurgeReport preview = AuthenticationUtil.runAsSystem(() -> fixture.purge(dryRun(), held, expired));
        PurgeReport purge = fixture.purge(realRun(), held, expired);

        // then both get the same answer, which says nothing about hold or expiry, and nothing of them was read
        assertThat(preview.outcomes()).extracting(PurgeOutcome::reason)
                .containsOnly(NodePermissionCheck.NOT_READABLE);
        assertThat(purge.outcomes()).extracting(PurgeOutcome::reason)
                .containsOnly(NodePermissionCheck.NOT_DELETABLE);
        verify(fixture.nodeService, never()).getProperty(eq(held), any());
        verify(fixture.nodeService, never()).getProperties(expired);
        assertThat(fixture.nodes.exists(expired)).isTrue();
        assertThat(fixture.disposalRecords()).isEmpty();
    }

    @Test
    void anOfficerWhoMayReadButNotDeleteADocumentMayPreviewButNotPurgeIt() {
        // given an expired document of a folder where the officers are only Consumers
        NodeRef archive = fixture.nodes.folder(fixture.folder, "archive");
        fixture.permissions.setInheritParentPermissions(archive, false);
        fixture.permissions.setPermission(archive, PurgePermission.OFFICERS_GROUP, "Consumer", true);
        NodeRef document = fixture.nodes.child(archive, ContentModel.TYPE_CONTENT, Map.of(ContentModel.PROP_NAME,
                "e.pdf", RetentionModel.PROP_RETENTION_TYPE, PurgeFixture.APPLICATION.code(),
                RetentionModel.PROP_RETENTION_START, RepositoryDates.toDate(LONG_AGO, PurgeFixture.ZONE)));
        fixture.nodes.addAspect(document, RetentionModel.ASPECT_RETAINABLE, null);

        // when / then
        assertThat(fixture.purge(dryRun(), document).outcomes().get(0).result()).isEqualTo(PurgeResult.WOULD_PURGE);
        PurgeOutcome purge = fixture.purge(realRun(), document).outcomes().get(0);
        assertThat(purge.reason()).isEqualTo(NodePermissionCheck.NOT_DELETABLE);
        assertThat(fixture.nodes.exists(document)).isTrue();
        assertThat(fixture.disposalRecords()).isEmpty();
    }
}
