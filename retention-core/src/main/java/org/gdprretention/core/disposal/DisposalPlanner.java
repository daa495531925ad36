package org.gdprretention.core.disposal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.RetentionStatus;

/**
 * Decides which documents a purge run may hard-delete and which of their binaries may leave the content store.
 * Pure and deterministic: the same candidates and request always give the same plan, whether dry run or not.
 *
 * <p>A binary counts as used outside the plan when the caller's {@link BinaryReferences} says so, or when any
 * candidate that the plan does not purge lists it: the planner does not rely on the caller to remember that a
 * document it left out (held, unexpired, over the batch limit) is still a live node.
 */
public final class DisposalPlanner {

    private static final Comparator<DisposalCandidate> BY_ID = Comparator.comparing(DisposalCandidate::documentId);

    private final BinaryReferences references;

    public DisposalPlanner(BinaryReferences references) {
        this.references = InvalidRetentionInputException.requirePresent("references", references);
    }

    public DisposalPlan plan(List<DisposalCandidate> candidates, DisposalRequest request) {
        InvalidRetentionInputException.requirePresent("candidates", candidates);
        InvalidRetentionInputException.requirePresent("request", request);
        List<DisposalCandidate> sorted = sortedWithoutDuplicates(candidates);
        Map<String, List<DocumentId>> owners = ownersByUrl(sorted);

        Map<DocumentId, ExclusionReason> excluded = new TreeMap<>();
        List<DisposalCandidate> eligible = new ArrayList<>();
        for (DisposalCandidate candidate : sorted) {
            ExclusionReason reason = ineligibility(candidate);
            if (reason == null) {
                eligible.add(candidate);
            } else {
                excluded.put(candidate.documentId(), reason);
            }
        }

        List<DisposalCandidate> chosen = request.sharedBinaryPolicy() == SharedBinaryPolicy.EXCLUDE_DOCUMENT
                ? chooseWithoutSharedBinaries(eligible, request.batchLimit(), owners, excluded)
                : firstWithinLimit(eligible, request.batchLimit(), Set.of(), excluded);

        List<PlannedDisposal> planned = entriesFor(chosen, owners);
        List<ExcludedDocument> exclusions = new ArrayList<>();
        excluded.forEach((id, reason) -> exclusions.add(new ExcludedDocument(id, reason)));
        return new DisposalPlan(request, planned, exclusions);
    }

    /**
     * Order matters: purged beats everything, a hold beats force, nothing forces a document without a start, and
     * a pending extension decision keeps the document whatever its expiry or force says.
     */
    private static ExclusionReason ineligibility(DisposalCandidate candidate) {
        RetentionStatus status = candidate.status();
        if (status == RetentionStatus.PURGED) {
            return ExclusionReason.ALREADY_PURGED;
        }
        if (candidate.underHold()) {
            return ExclusionReason.ON_HOLD;
        }
        if (status == RetentionStatus.PENDING_START) {
            return ExclusionReason.PENDING_START;
        }
        if (candidate.extensionDecisionPending()) {
            return ExclusionReason.EXTENSION_DECISION_PENDING;
        }
        if (status == RetentionStatus.EXPIRED) {
            return null;
        }
        if (!candidate.forced()) {
            return ExclusionReason.NOT_EXPIRED;
        }
        return candidate.forceReason() == null ? ExclusionReason.FORCED_WITHOUT_REASON : null;
    }

    private static List<DisposalCandidate> sortedWithoutDuplicates(List<DisposalCandidate> candidates) {
        List<DisposalCandidate> sorted = new ArrayList<>(candidates.size());
        for (DisposalCandidate candidate : candidates) {
            sorted.add(InvalidRetentionInputException.requirePresent("candidates", candidate));
        }
        sorted.sort(BY_ID);
        for (int i = 1; i < sorted.size(); i++) {
            DocumentId id = sorted.get(i).documentId();
            if (id.equals(sorted.get(i - 1).documentId())) {
                throw new InvalidRetentionInputException("documentId", id, "appears more than once among the candidates");
            }
        }
        return sorted;
    }

    private static Map<String, List<DocumentId>> ownersByUrl(List<DisposalCandidate> sorted) {
        Map<String, List<DocumentId>> owners = new HashMap<>();
        for (DisposalCandidate candidate : sorted) {
            for (String url : candidate.binaries()) {
                owners.computeIfAbsent(url, u -> new ArrayList<>()).add(candidate.documentId());
            }
        }
        return owners;
    }

    private static List<DisposalCandidate> firstWithinLimit(List<DisposalCandidate> eligible, int limit,
                                                            Set<DocumentId> skip,
                                                            Map<DocumentId, ExclusionReason> excluded) {
        List<DisposalCandidate> chosen = new ArrayList<>();
        for (DisposalCandidate candidate : eligible) {
            if (skip.contains(candidate.documentId())) {
                continue;
            }
            if (chosen.size() < limit) {
                chosen.add(candidate);
            } else {
                excluded.put(candidate.documentId(), ExclusionReason.BATCH_LIMIT);
            }
        }
        return chosen;
    }

    /**
     * Takes the first documents within the limit, drops every one with a binary used outside that selection,
     * and repeats with the next documents until the selection is stable. Dropping a document makes it a live
     * node again, which can in turn make its partners shared, hence the loop; it ends because every round
     * that changes anything drops at least one more document.
     */
    private List<DisposalCandidate> chooseWithoutSharedBinaries(List<DisposalCandidate> eligible, int limit,
                                                                Map<String, List<DocumentId>> owners,
                                                                Map<DocumentId, ExclusionReason> excluded) {
        Set<DocumentId> shared = new HashSet<>();
        while (true) {
            Map<DocumentId, ExclusionReason> overLimit = new TreeMap<>();
            List<DisposalCandidate> chosen = firstWithinLimit(eligible, limit, shared, overLimit);
            Set<DocumentId> purging = idsOf(chosen);
            boolean dropped = false;
            for (DisposalCandidate candidate : chosen) {
                if (candidate.binaries().stream().anyMatch(url -> usedOutside(url, purging, owners))) {
                    shared.add(candidate.documentId());
                    dropped = true;
                }
            }
            if (!dropped) {
                excluded.putAll(overLimit);
                shared.forEach(id -> excluded.put(id, ExclusionReason.BINARY_SHARED_WITH_LIVE_NODE));
                return chosen;
            }
        }
    }

    private List<PlannedDisposal> entriesFor(List<DisposalCandidate> chosen, Map<String, List<DocumentId>> owners) {
        Set<DocumentId> purging = idsOf(chosen);
        Map<String, Boolean> outside = new HashMap<>();
        Set<String> removedEarlier = new HashSet<>();
        List<PlannedDisposal> entries = new ArrayList<>(chosen.size());
        for (DisposalCandidate candidate : chosen) {
            List<String> remove = new ArrayList<>();
            List<KeptBinary> kept = new ArrayList<>();
            List<String> sharedInPlan = new ArrayList<>();
            for (String url : candidate.binaries()) {
                if (outside.computeIfAbsent(url, u -> usedOutside(u, purging, owners))) {
                    kept.add(new KeptBinary(url, KeepReason.SHARED_WITH_LIVE_NODE));
                } else if (removedEarlier.add(url)) {
                    remove.add(url);
                } else {
                    sharedInPlan.add(url);
                }
            }
            boolean forced = candidate.status() != RetentionStatus.EXPIRED;
            entries.add(new PlannedDisposal(candidate.documentId(), forced, forced ? candidate.forceReason() : null,
                    remove, kept, sharedInPlan));
        }
        return entries;
    }

    private boolean usedOutside(String url, Set<DocumentId> purging, Map<String, List<DocumentId>> owners) {
        for (DocumentId owner : owners.getOrDefault(url, List.of())) {
            if (!purging.contains(owner)) {
                return true;
            }
        }
        return references.referencedOutside(url, purging);
    }

    private static Set<DocumentId> idsOf(List<DisposalCandidate> candidates) {
        Set<DocumentId> ids = new LinkedHashSet<>();
        candidates.forEach(c -> ids.add(c.documentId()));
        return Collections.unmodifiableSet(ids);
    }
}
