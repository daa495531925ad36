package org.gdprretention.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.disposal.PurgeFixture.ADMIN;
import static org.gdprretention.platform.disposal.PurgeFixture.LONG_AGO;
import static org.gdprretention.platform.disposal.PurgeFixture.dryRun;
import static org.gdprretention.platform.disposal.PurgeFixture.realRun;
import static org.gdprretention.platform.disposal.PurgeFixture.size;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.proof.RemovedBinary;
import org.gdprretention.platform.model.RetentionModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** What a purge takes along and what it refuses to take: documents only, their working copy, every binary. */
class PurgeScopeTest {

    private final PurgeFixture fixture = new PurgeFixture();

    @AfterEach
    void closeFixture() {
        fixture.close();
    }

    @Test
    void aFolderIsRefusedEvenForcedByAnAdministratorAndNothingBelowItIsTouched() {
        // given an expired retainable folder holding a document on legal hold
        NodeRef folder = fixture.retainableFolder("dossier jansen");
        NodeRef held = fixture.nodes.child(folder, ContentModel.TYPE_CONTENT, Map.of(ContentModel.PROP_NAME, "cv.pdf"));
        fixture.hold(held);
        fixture.signInAs(ADMIN);

        // when
        PurgeOutcome outcome = fixture.purge(new PurgeOptions(false, "erasure request", 500), folder).outcomes()
                .get(0);

        // then
        assertThat(outcome.result()).isEqualTo(PurgeResult.REFUSED);
        assertThat(outcome.reason()).isEqualTo("NOT_A_DOCUMENT: only documents (cm:content and its subtypes) are"
                + " purged, this node is a 'folder'; a hard delete would take everything below it along, documents"
                + " on legal hold included");
        assertThat(fixture.nodes.exists(folder)).isTrue();
        assertThat(fixture.nodes.exists(held)).isTrue();
        fixture.assertNothingWritten();
    }

    @Test
    void aSubtypeOfContentIsADocument() {
        NodeRef invoice = fixture.document(PurgeFixture.TYPE_INVOICE, "invoice.pdf", LONG_AGO, "store://i.bin");

        PurgeOutcome outcome = fixture.purge(realRun(), invoice).outcomes().get(0);

        assertThat(outcome.result()).isEqualTo(PurgeResult.PURGED);
        assertThat(fixture.nodes.exists(invoice)).isFalse();
    }

    @Test
    void everyContentPropertyIsABinaryOfTheDocumentNotOnlyCmContent() {
        // given a document with a second d:content property, on the node and on its version
        NodeRef document = fixture.document("contract.pdf", LONG_AGO, "store://live.bin");
        fixture.setContent(document, PurgeFixture.PROP_SIGNED_COPY, "store://signed.bin");
        NodeRef frozen = fixture.versions(document, "store://v1.bin").get(0);
        fixture.setContent(frozen, PurgeFixture.PROP_SIGNED_COPY, "store://v1-signed.bin");

        // when
        PurgeOutcome dry = fixture.purge(dryRun(), document).outcomes().get(0);
        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        // then each of them is planned, removed, and recorded
        assertThat(dry.binariesRemoved()).extracting(RemovedBinary::contentUrl).containsExactlyInAnyOrder(
                "store://live.bin", "store://signed.bin", "store://v1.bin", "store://v1-signed.bin");
        assertThat(outcome.binariesRemoved()).containsExactlyInAnyOrder(
                hashed("store://live.bin"), hashed("store://signed.bin"), hashed("store://v1.bin"),
                hashed("store://v1-signed.bin"));
        verify(fixture.cleaner).registerOrphanedContentUrl("store://signed.bin", true);
        verify(fixture.cleaner).registerOrphanedContentUrl("store://v1-signed.bin", true);
        assertThat(fixture.contentUrls.hasRow("store://signed.bin")).isFalse();
        assertThat(recordList(outcome.disposalRecord(), RetentionModel.PROP_BINARIES_REMOVED)).contains(
                "store://signed.bin|" + size("store://signed.bin") + "|" + fixture.hmacOf("store://signed.bin"));
    }

    @Test
    void aCheckedOutDocumentIsPurgedWithItsWorkingCopyInOneTransactionAndTheProofSaysSo() {
        // given an expired document checked out for editing: the working copy carries the same personal data
        NodeRef document = fixture.document("cv.pdf", LONG_AGO, "store://live.bin");
        NodeRef workingCopy = fixture.checkOut(document, "store://editing.bin");
        NodeRef workingCopyRendition = fixture.rendition(workingCopy, "store://wc-doclib.bin");

        // when
        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        // then both are gone, neither into the trashcan
        assertThat(outcome.result()).isEqualTo(PurgeResult.PURGED);
        assertThat(fixture.nodes.exists(document)).isFalse();
        assertThat(fixture.nodes.exists(workingCopy)).isFalse();
        assertThat(fixture.nodes.exists(workingCopyRendition)).isFalse();
        assertThat(fixture.nodes.archived()).isEmpty();
        // one transaction purges both; after it, one per binary (three) and one for the record
        assertThat(fixture.transactions.events()).containsExactly("begin read-only", "commit",
                "begin read-write", "commit",
                "begin read-write", "commit", "begin read-write", "commit", "begin read-write", "commit",
                "begin read-write", "commit");

        // and the working copy's binaries are the document's, and the audit entry names the working copy
        assertThat(outcome.binariesRemoved()).extracting(RemovedBinary::contentUrl).containsExactly(
                "store://live.bin", "store://editing.bin", "store://wc-doclib.bin");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, String>> details = ArgumentCaptor.forClass(Map.class);
        verify(fixture.auditLog).append(eq(PurgeFixture.OFFICER), eq(PurgeService.AUDIT_PURGE),
                eq(document.toString()), details.capture());
        assertThat(details.getValue()).containsEntry("workingCopy", workingCopy.toString());
    }

    @Test
    void aWorkingCopyOnHoldHoldsItsDocument() {
        NodeRef document = fixture.document("cv.pdf", LONG_AGO, "store://live.bin");
        NodeRef workingCopy = fixture.checkOut(document, "store://editing.bin");
        fixture.hold(workingCopy);

        PurgeOutcome outcome = fixture.purge(realRun(), document).outcomes().get(0);

        assertThat(outcome.result()).isEqualTo(PurgeResult.REFUSED);
        assertThat(outcome.reason()).startsWith("ON_HOLD: ");
        assertThat(fixture.nodes.exists(document)).isTrue();
        assertThat(fixture.nodes.exists(workingCopy)).isTrue();
    }

    @Test
    void aWorkingCopyAloneIsRefusedNamingItsDocument() {
        NodeRef document = fixture.document("cv.pdf", LONG_AGO, "store://live.bin");
        NodeRef workingCopy = fixture.checkOut(document, "store://editing.bin");

        PurgeOutcome outcome = fixture.purge(realRun(), workingCopy).outcomes().get(0);

        assertThat(outcome.result()).isEqualTo(PurgeResult.REFUSED);
        assertThat(outcome.reason()).isEqualTo("WORKING_COPY: this is the working copy of " + document
                + "; it is purged together with that document, or removed by cancelling the check-out");
        assertThat(fixture.nodes.exists(workingCopy)).isTrue();
        fixture.assertNothingWritten();
    }

    private RemovedBinary hashed(String contentUrl) {
        return RemovedBinary.hashed(contentUrl, size(contentUrl), fixture.hmacOf(contentUrl));
    }

    @SuppressWarnings("unchecked")
    private List<Object> recordList(NodeRef record, QName property) {
        return (List<Object>) (List<?>) fixture.nodeService.getProperty(record, property);
    }
}
