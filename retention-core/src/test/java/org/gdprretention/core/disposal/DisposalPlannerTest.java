package org.gdprretention.core.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.RetentionStatus;
import org.junit.jupiter.api.Test;

class DisposalPlannerTest {

    private static final BinaryReferences NOTHING_OUTSIDE = (url, purging) -> false;

    private static DocumentId id(String value) {
        return DocumentId.of(value);
    }

    private static DisposalRequest request(int limit, SharedBinaryPolicy policy) {
        return new DisposalRequest(true, limit, policy, "officer", "retention expired");
    }

    private static DisposalPlan plan(BinaryReferences references, DisposalRequest request,
                                     DisposalCandidate... candidates) {
        return new DisposalPlanner(references).plan(List.of(candidates), request);
    }

    private static DisposalPlan plan(DisposalCandidate... candidates) {
        return plan(NOTHING_OUTSIDE, request(100, SharedBinaryPolicy.KEEP_BINARY), candidates);
    }

    private static DisposalCandidate expired(String id, String... urls) {
        return DisposalCandidate.of(id(id), RetentionStatus.EXPIRED, false, List.of(urls));
    }

    @Test
    void expiredDocumentWithoutHoldIsPlannedWithAllItsBinaries() {
        DisposalPlan plan = plan(expired("doc-1", "store://a", "store://a-v1", "store://a-thumb"));

        assertThat(plan.planned()).singleElement().satisfies(entry -> {
            assertThat(entry.documentId()).isEqualTo(id("doc-1"));
            assertThat(entry.forced()).isFalse();
            assertThat(entry.forceReason()).isNull();
            assertThat(entry.binariesToRemove()).containsExactly("store://a", "store://a-v1", "store://a-thumb");
            assertThat(entry.binariesKept()).isEmpty();
        });
        assertThat(plan.excluded()).isEmpty();
    }

    @Test
    void aPendingExtensionDecisionKeepsAnExpiredOrForcedDocumentAndItsSharedBinary() {
        DisposalPlan plan = plan(
                expired("waiting", "store://shared").withExtensionDecisionPending(true),
                DisposalCandidate.forced(id("forced-waiting"), RetentionStatus.ACTIVE, false, List.of(),
                        "erasure request").withExtensionDecisionPending(true),
                expired("gone", "store://shared"));

        assertThat(plan.excluded()).containsExactly(
                new ExcludedDocument(id("forced-waiting"), ExclusionReason.EXTENSION_DECISION_PENDING),
                new ExcludedDocument(id("waiting"), ExclusionReason.EXTENSION_DECISION_PENDING));
        assertThat(plan.planned()).singleElement().satisfies(entry -> {
            assertThat(entry.documentId()).isEqualTo(id("gone"));
            assertThat(entry.binariesToRemove()).isEmpty();
            assertThat(entry.binariesKept()).containsExactly(
                    new KeptBinary("store://shared", KeepReason.SHARED_WITH_LIVE_NODE));
        });
    }

    @Test
    void theExistingFactoriesHaveNoPendingExtensionDecision() {
        assertThat(expired("doc").extensionDecisionPending()).isFalse();
        assertThat(DisposalCandidate.forced(id("doc"), RetentionStatus.ACTIVE, false, List.of(), "why")
                .extensionDecisionPending()).isFalse();
        assertThat(expired("doc").withExtensionDecisionPending(true).withExtensionDecisionPending(false))
                .isEqualTo(expired("doc"));
    }

    @Test
    void expiredDocumentOnHoldIsExcludedAsOnHold() {
        DisposalPlan plan = plan(DisposalCandidate.of(id("held"), RetentionStatus.EXPIRED, true, List.of("store://h")));

        assertThat(plan.planned()).isEmpty();
        assertThat(plan.excluded()).containsExactly(new ExcludedDocument(id("held"), ExclusionReason.ON_HOLD));
    }

    @Test
    void statusOnHoldCountsAsAHoldEvenWithoutTheFlag() {
        DisposalPlan plan = plan(DisposalCandidate.of(id("held"), RetentionStatus.ON_HOLD, false, List.of()));

        assertThat(plan.excluded()).containsExactly(new ExcludedDocument(id("held"), ExclusionReason.ON_HOLD));
    }

    @Test
    void holdBeatsAForcedPurgeWithAReason() {
        DisposalPlan plan = plan(DisposalCandidate.forced(id("held"), RetentionStatus.ACTIVE, true, List.of("store://h"),
                "data subject asked for erasure"));

        assertThat(plan.planned()).isEmpty();
        assertThat(plan.excluded()).containsExactly(new ExcludedDocument(id("held"), ExclusionReason.ON_HOLD));
    }

    @Test
    void unexpiredDocumentsAreExcludedAsNotExpired() {
        DisposalPlan plan = plan(
                DisposalCandidate.of(id("active"), RetentionStatus.ACTIVE, false, List.of("store://1")),
                DisposalCandidate.of(id("expiring"), RetentionStatus.EXPIRING, false, List.of("store://2")));

        assertThat(plan.planned()).isEmpty();
        assertThat(plan.excluded()).containsExactly(
                new ExcludedDocument(id("active"), ExclusionReason.NOT_EXPIRED),
                new ExcludedDocument(id("expiring"), ExclusionReason.NOT_EXPIRED));
    }

    @Test
    void forcedPurgeOfUnexpiredDocumentWithReasonIsPlannedAndMarkedForced() {
        DisposalPlan plan = plan(DisposalCandidate.forced(id("early"), RetentionStatus.ACTIVE, false,
                List.of("store://e"), "  erasure request art. 17  "));

        assertThat(plan.planned()).singleElement().satisfies(entry -> {
            assertThat(entry.forced()).isTrue();
            assertThat(entry.forceReason()).isEqualTo("erasure request art. 17");
            assertThat(entry.binariesToRemove()).containsExactly("store://e");
        });
    }

    @Test
    void forcedPurgeWithoutReasonIsExcluded() {
        DisposalPlan plan = plan(
                DisposalCandidate.forced(id("no-reason"), RetentionStatus.EXPIRING, false, List.of(), null),
                DisposalCandidate.forced(id("blank-reason"), RetentionStatus.ACTIVE, false, List.of(), "   "));

        assertThat(plan.planned()).isEmpty();
        assertThat(plan.excluded()).containsExactly(
                new ExcludedDocument(id("blank-reason"), ExclusionReason.FORCED_WITHOUT_REASON),
                new ExcludedDocument(id("no-reason"), ExclusionReason.FORCED_WITHOUT_REASON));
    }

    @Test
    void forcingAnExpiredDocumentIsAnOrdinaryExpiryPurge() {
        DisposalPlan plan = plan(DisposalCandidate.forced(id("old"), RetentionStatus.EXPIRED, false, List.of(), "tidy"));

        assertThat(plan.planned()).singleElement().satisfies(entry -> {
            assertThat(entry.forced()).isFalse();
            assertThat(entry.forceReason()).isNull();
        });
    }

    @Test
    void pendingStartIsNeverPurgedEvenWhenForcedWithReason() {
        DisposalPlan plan = plan(DisposalCandidate.forced(id("employee"), RetentionStatus.PENDING_START, false,
                List.of("store://p"), "officer insists"));

        assertThat(plan.planned()).isEmpty();
        assertThat(plan.excluded()).containsExactly(new ExcludedDocument(id("employee"), ExclusionReason.PENDING_START));
    }

    @Test
    void alreadyPurgedIsExcludedEvenWhenAlsoOnHold() {
        DisposalPlan plan = plan(DisposalCandidate.of(id("gone"), RetentionStatus.PURGED, true, List.of()));

        assertThat(plan.excluded()).containsExactly(new ExcludedDocument(id("gone"), ExclusionReason.ALREADY_PURGED));
    }

    @Test
    void binaryReferencedOutsideIsKeptByDefaultAndTheDocumentStillPlanned() {
        BinaryReferences copyElsewhere = (url, purging) -> url.equals("store://shared");

        DisposalPlan plan = plan(copyElsewhere, request(10, SharedBinaryPolicy.KEEP_BINARY),
                expired("doc", "store://own", "store://shared"));

        assertThat(plan.planned()).singleElement().satisfies(entry -> {
            assertThat(entry.binariesToRemove()).containsExactly("store://own");
            assertThat(entry.binariesKept()).containsExactly(
                    new KeptBinary("store://shared", KeepReason.SHARED_WITH_LIVE_NODE));
        });
        assertThat(plan.binariesToRemove()).containsExactly("store://own");
    }

    @Test
    void binaryReferencedOutsideExcludesTheDocumentUnderExcludePolicy() {
        BinaryReferences copyElsewhere = (url, purging) -> url.equals("store://shared");

        DisposalPlan plan = plan(copyElsewhere, request(10, SharedBinaryPolicy.EXCLUDE_DOCUMENT),
                expired("doc", "store://own", "store://shared"), expired("other", "store://other"));

        assertThat(plan.planned()).extracting(PlannedDisposal::documentId).containsExactly(id("other"));
        assertThat(plan.excluded()).containsExactly(
                new ExcludedDocument(id("doc"), ExclusionReason.BINARY_SHARED_WITH_LIVE_NODE));
        assertThat(plan.binariesToRemove()).containsExactly("store://other");
    }

    @Test
    void urlSharedByTwoPlannedDocumentsIsRemovedOnceUnderTheFirstDocument() {
        DisposalPlan plan = plan(expired("b-copy", "store://same", "store://b"), expired("a-original", "store://same"));

        assertThat(plan.planned()).extracting(PlannedDisposal::documentId).containsExactly(id("a-original"), id("b-copy"));
        assertThat(plan.planned().get(0).binariesToRemove()).containsExactly("store://same");
        assertThat(plan.planned().get(1).binariesToRemove()).containsExactly("store://b");
        assertThat(plan.planned().get(1).binariesSharedInPlan()).containsExactly("store://same");
        assertThat(plan.binariesToRemove()).containsExactly("store://same", "store://b");
    }

    @Test
    void twoPlannedDocumentsSharingOnlyWithEachOtherArePurgedUnderExcludePolicy() {
        DisposalPlan plan = plan(NOTHING_OUTSIDE, request(10, SharedBinaryPolicy.EXCLUDE_DOCUMENT),
                expired("a", "store://same"), expired("b", "store://same"));

        assertThat(plan.planned()).extracting(PlannedDisposal::documentId).containsExactly(id("a"), id("b"));
        assertThat(plan.binariesToRemove()).containsExactly("store://same");
    }

    @Test
    void binaryOfAnExcludedCandidateIsKeptEvenWhenTheCallerForgetsIt() {
        DisposalPlan plan = plan(
                expired("expired", "store://shared"),
                DisposalCandidate.of(id("held"), RetentionStatus.EXPIRED, true, List.of("store://shared")));

        assertThat(plan.planned()).singleElement().satisfies(entry -> {
            assertThat(entry.binariesToRemove()).isEmpty();
            assertThat(entry.binariesKept()).extracting(KeptBinary::contentUrl).containsExactly("store://shared");
        });
    }

    @Test
    void excludingASharingDocumentMakesItsPartnerSharedToo() {
        BinaryReferences outside = (url, purging) -> url.equals("store://x");

        DisposalPlan plan = plan(outside, request(10, SharedBinaryPolicy.EXCLUDE_DOCUMENT),
                expired("a", "store://x", "store://y"), expired("b", "store://y"), expired("c", "store://z"));

        assertThat(plan.planned()).extracting(PlannedDisposal::documentId).containsExactly(id("c"));
        assertThat(plan.excluded()).containsExactly(
                new ExcludedDocument(id("a"), ExclusionReason.BINARY_SHARED_WITH_LIVE_NODE),
                new ExcludedDocument(id("b"), ExclusionReason.BINARY_SHARED_WITH_LIVE_NODE));
    }

    @Test
    void excludePolicyFillsTheBatchWithTheNextDocumentsAfterDroppingSharedOnes() {
        BinaryReferences outside = (url, purging) -> url.equals("store://x");

        DisposalPlan plan = plan(outside, request(2, SharedBinaryPolicy.EXCLUDE_DOCUMENT),
                expired("a", "store://x"), expired("b", "store://b"), expired("c", "store://c"), expired("d", "store://d"));

        assertThat(plan.planned()).extracting(PlannedDisposal::documentId).containsExactly(id("b"), id("c"));
        assertThat(plan.excluded()).containsExactly(
                new ExcludedDocument(id("a"), ExclusionReason.BINARY_SHARED_WITH_LIVE_NODE),
                new ExcludedDocument(id("d"), ExclusionReason.BATCH_LIMIT));
    }

    @Test
    void callerIsAskedWithExactlyTheDocumentsBeingPurged() {
        List<Set<DocumentId>> asked = new ArrayList<>();
        BinaryReferences recording = (url, purging) -> {
            asked.add(Set.copyOf(purging));
            return false;
        };

        plan(recording, request(2, SharedBinaryPolicy.KEEP_BINARY),
                expired("a", "store://a"), expired("b", "store://b"), expired("c", "store://c"),
                DisposalCandidate.of(id("active"), RetentionStatus.ACTIVE, false, List.of("store://z")));

        assertThat(asked).isNotEmpty().allSatisfy(set -> assertThat(set).containsExactlyInAnyOrder(id("a"), id("b")));
    }

    @Test
    void batchLimitPlansTheFirstDocumentsByIdAndReportsTheRest() {
        DisposalPlan plan = plan(NOTHING_OUTSIDE, request(2, SharedBinaryPolicy.KEEP_BINARY),
                expired("doc-3", "store://3"), expired("doc-1", "store://1"), expired("doc-4", "store://4"),
                expired("doc-2", "store://2"));

        assertThat(plan.planned()).extracting(PlannedDisposal::documentId).containsExactly(id("doc-1"), id("doc-2"));
        assertThat(plan.excluded()).containsExactly(
                new ExcludedDocument(id("doc-3"), ExclusionReason.BATCH_LIMIT),
                new ExcludedDocument(id("doc-4"), ExclusionReason.BATCH_LIMIT));
    }

    @Test
    void binaryOfADocumentOverTheBatchLimitIsNotRemoved() {
        DisposalPlan plan = plan(NOTHING_OUTSIDE, request(1, SharedBinaryPolicy.KEEP_BINARY),
                expired("a", "store://shared"), expired("b", "store://shared"));

        assertThat(plan.planned()).singleElement().satisfies(entry -> {
            assertThat(entry.documentId()).isEqualTo(id("a"));
            assertThat(entry.binariesToRemove()).isEmpty();
            assertThat(entry.binariesKept()).extracting(KeptBinary::contentUrl).containsExactly("store://shared");
        });
    }

    @Test
    void ineligibleDocumentsDoNotUseUpTheBatch() {
        DisposalPlan plan = plan(NOTHING_OUTSIDE, request(1, SharedBinaryPolicy.KEEP_BINARY),
                DisposalCandidate.of(id("a-active"), RetentionStatus.ACTIVE, false, List.of()),
                expired("b-expired"));

        assertThat(plan.planned()).extracting(PlannedDisposal::documentId).containsExactly(id("b-expired"));
        assertThat(plan.excluded()).containsExactly(new ExcludedDocument(id("a-active"), ExclusionReason.NOT_EXPIRED));
    }

    @Test
    void dryRunAndRealRunMakeTheSameDecisions() {
        BinaryReferences outside = (url, purging) -> url.endsWith("shared");
        List<DisposalCandidate> candidates = List.of(
                expired("a", "store://a", "store://shared"), expired("b", "store://b"),
                DisposalCandidate.of(id("c"), RetentionStatus.ACTIVE, false, List.of("store://c")),
                expired("d", "store://d"));
        DisposalRequest dry = new DisposalRequest(true, 2, SharedBinaryPolicy.KEEP_BINARY, "officer", "expired");
        DisposalPlanner planner = new DisposalPlanner(outside);

        DisposalPlan dryPlan = planner.plan(candidates, dry);
        DisposalPlan realPlan = planner.plan(candidates, dry.withDryRun(false));

        assertThat(dryPlan.dryRun()).isTrue();
        assertThat(realPlan.dryRun()).isFalse();
        assertThat(realPlan.planned()).isEqualTo(dryPlan.planned()).isNotEmpty();
        assertThat(realPlan.excluded()).isEqualTo(dryPlan.excluded()).isNotEmpty();
        assertThat(realPlan.request().withDryRun(true)).isEqualTo(dryPlan.request());
    }

    @Test
    void duplicateCandidateIsRefusedNamingTheDocument() {
        assertThatThrownBy(() -> plan(expired("twice"), expired("twice")))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("documentId")
                .hasMessageContaining("'twice'");
    }

    @Test
    void emptyCandidateListGivesAnEmptyPlan() {
        DisposalPlan plan = plan();

        assertThat(plan.planned()).isEmpty();
        assertThat(plan.excluded()).isEmpty();
        assertThat(plan.binariesToRemove()).isEmpty();
    }
}
