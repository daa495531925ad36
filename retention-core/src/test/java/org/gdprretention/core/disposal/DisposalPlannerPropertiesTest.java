package org.gdprretention.core.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gdprretention.core.DocumentId;
import org.gdprretention.core.RetentionStatus;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Safety properties over generated candidates. Binaries come from a pool of eight URLs so that documents
 * share them often; the caller's outside references are a random subset of that pool.
 */
class DisposalPlannerPropertiesTest {

    private static final int POOL = 8;

    /** A candidate without its id; ids are given by position so they are unique. */
    private record Spec(RetentionStatus status, boolean onHold, boolean forced, String forceReason, int binaryMask,
                        boolean extensionDecisionPending) {
    }

    private record Scenario(List<DisposalCandidate> candidates, Set<String> outside, int batchLimit,
                            SharedBinaryPolicy policy) {
    }

    private static final Gen<Spec> SPECS = Generate.enumValues(RetentionStatus.class).zip(
            Generate.booleans(), Generate.booleans(), Generate.pick(Arrays.asList(null, "", "  ", "erasure")),
            integers().between(0, (1 << POOL) - 1),
            (status, hold, forced, reason, mask) -> new Spec(status, hold, forced, reason, mask, false))
            // One in four candidates has an extension request waiting for a decision.
            .zip(integers().between(0, 3), (spec, pending) -> new Spec(spec.status(), spec.onHold(), spec.forced(),
                    spec.forceReason(), spec.binaryMask(), pending == 0));

    private static final Gen<Scenario> SCENARIOS = lists().of(SPECS).ofSizeBetween(0, 15).zip(
            integers().between(0, (1 << POOL) - 1), integers().between(1, 16),
            Generate.enumValues(SharedBinaryPolicy.class), DisposalPlannerPropertiesTest::scenario);

    private static String url(int bit) {
        return "store://pool/" + bit;
    }

    private static Set<String> urls(int mask) {
        Set<String> urls = new HashSet<>();
        for (int bit = 0; bit < POOL; bit++) {
            if ((mask & (1 << bit)) != 0) {
                urls.add(url(bit));
            }
        }
        return urls;
    }

    private static Scenario scenario(List<Spec> specs, int outsideMask, int limit, SharedBinaryPolicy policy) {
        List<DisposalCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            candidates.add(new DisposalCandidate(DocumentId.of("doc-" + (char) ('a' + i)), s.status(), s.onHold(),
                    List.copyOf(urls(s.binaryMask())), s.forced(), s.forceReason(), s.extensionDecisionPending()));
        }
        return new Scenario(candidates, urls(outsideMask), limit, policy);
    }

    private static DisposalPlan plan(Scenario s) {
        BinaryReferences references = (url, purging) -> s.outside().contains(url);
        return new DisposalPlanner(references).plan(s.candidates(),
                new DisposalRequest(true, s.batchLimit(), s.policy(), "officer", "expired"));
    }

    private static Map<DocumentId, DisposalCandidate> byId(Scenario s) {
        Map<DocumentId, DisposalCandidate> byId = new HashMap<>();
        s.candidates().forEach(c -> byId.put(c.documentId(), c));
        return byId;
    }

    @Test
    void onlyExpiredOrProperlyForcedDocumentsWithoutHoldArePlanned() {
        qt().withExamples(2000).forAll(SCENARIOS).checkAssert(s -> {
            Map<DocumentId, DisposalCandidate> byId = byId(s);
            for (PlannedDisposal entry : plan(s).planned()) {
                DisposalCandidate c = byId.get(entry.documentId());
                assertThat(c.onHold()).as("held %s planned", c).isFalse();
                assertThat(c.extensionDecisionPending()).as("%s planned with a decision pending", c).isFalse();
                assertThat(c.status()).as("status of %s", c)
                        .isNotIn(RetentionStatus.ON_HOLD, RetentionStatus.PENDING_START, RetentionStatus.PURGED);
                if (c.status() != RetentionStatus.EXPIRED) {
                    assertThat(c.forced() && c.forceReason() != null).as("unexpired %s planned", c).isTrue();
                    assertThat(entry.forced()).isTrue();
                }
            }
        });
    }

    @Test
    void aPendingExtensionDecisionExcludesWithItsOwnReasonWhenNothingStrongerDoes() {
        qt().withExamples(2000).forAll(SCENARIOS).checkAssert(s -> {
            Map<DocumentId, ExclusionReason> reasons = new HashMap<>();
            plan(s).excluded().forEach(e -> reasons.put(e.documentId(), e.reason()));
            for (DisposalCandidate c : s.candidates()) {
                boolean stronger = c.status() == RetentionStatus.PURGED || c.status() == RetentionStatus.ON_HOLD
                        || c.onHold() || c.status() == RetentionStatus.PENDING_START;
                if (c.extensionDecisionPending() && !stronger) {
                    assertThat(reasons.get(c.documentId())).as("reason for %s", c)
                            .isEqualTo(ExclusionReason.EXTENSION_DECISION_PENDING);
                }
            }
        });
    }

    @Test
    void noBinaryUsedOutsideThePlanIsEverRemoved() {
        qt().withExamples(2000).forAll(SCENARIOS).checkAssert(s -> {
            DisposalPlan plan = plan(s);
            Set<DocumentId> purged = new HashSet<>();
            plan.planned().forEach(p -> purged.add(p.documentId()));
            Set<String> usedByLiveCandidates = new HashSet<>();
            s.candidates().stream().filter(c -> !purged.contains(c.documentId()))
                    .forEach(c -> usedByLiveCandidates.addAll(c.binaries()));

            assertThat(plan.binariesToRemove()).doesNotHaveDuplicates()
                    .noneMatch(url -> s.outside().contains(url) || usedByLiveCandidates.contains(url));
        });
    }

    @Test
    void plannedAndExcludedPartitionTheInput() {
        qt().withExamples(2000).forAll(SCENARIOS).checkAssert(s -> {
            DisposalPlan plan = plan(s);
            List<DocumentId> all = new ArrayList<>();
            plan.planned().forEach(p -> all.add(p.documentId()));
            plan.excluded().forEach(e -> all.add(e.documentId()));

            assertThat(all).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(byId(s).keySet());
            assertThat(plan.planned().size()).isLessThanOrEqualTo(s.batchLimit());
        });
    }

    @Test
    void everyBinaryOfAPlannedDocumentIsAccountedForExactlyOnce() {
        qt().withExamples(1000).forAll(SCENARIOS).checkAssert(s -> {
            Map<DocumentId, DisposalCandidate> byId = byId(s);
            for (PlannedDisposal entry : plan(s).planned()) {
                List<String> accounted = new ArrayList<>(entry.binariesToRemove());
                entry.binariesKept().forEach(k -> accounted.add(k.contentUrl()));
                accounted.addAll(entry.binariesSharedInPlan());
                assertThat(accounted).containsExactlyInAnyOrderElementsOf(byId.get(entry.documentId()).binaries());
            }
        });
    }

    @Test
    void excludePolicyNeverPlansADocumentWithAKeptBinary() {
        qt().withExamples(1000).forAll(SCENARIOS.map(s -> new Scenario(s.candidates(), s.outside(), s.batchLimit(),
                SharedBinaryPolicy.EXCLUDE_DOCUMENT))).checkAssert(s -> {
            assertThat(plan(s).planned()).allSatisfy(entry -> assertThat(entry.binariesKept()).isEmpty());
        });
    }

    @Test
    void dryRunFlagNeverChangesTheDecisions() {
        qt().withExamples(500).forAll(SCENARIOS).checkAssert(s -> {
            BinaryReferences references = (url, purging) -> s.outside().contains(url);
            DisposalRequest dry = new DisposalRequest(true, s.batchLimit(), s.policy(), "officer", "expired");
            DisposalPlanner planner = new DisposalPlanner(references);
            DisposalPlan dryPlan = planner.plan(s.candidates(), dry);
            DisposalPlan realPlan = planner.plan(s.candidates(), dry.withDryRun(false));

            assertThat(realPlan.planned()).isEqualTo(dryPlan.planned());
            assertThat(realPlan.excluded()).isEqualTo(dryPlan.excluded());
        });
    }
}
