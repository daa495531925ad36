package org.gdprretention.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gdprretention.core.ConsentState;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.catalogue.RetentionType;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ConsentPlannerPropertiesTest {

    private static final RetentionCatalogue CATALOGUE = DefaultRetentionTypes.netherlands();
    private static final List<RetentionType> TYPES = CATALOGUE.all();
    private static final List<RetentionType> EXTENDABLE = TYPES.stream().filter(RetentionType::extendable).toList();
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final String[] SUBJECTS = {"anna", "bert", "carl", "dirk", null};
    private static final String[] EMAIL_VARIANTS = {"%s@example.nl", "%s@EXAMPLE.nl", "%s.old@example.nl", "%s", null};

    /** Random documents, built from one seed each so that a failing case is reproducible from its seeds. */
    private static Gen<List<ConsentCandidate>> candidateLists() {
        return lists().of(integers().all()).ofSizeBetween(0, 25).map(seeds -> {
            List<ConsentCandidate> candidates = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                candidates.add(candidate(i, new Random(seeds.get(i))));
            }
            return candidates;
        });
    }

    private static ConsentCandidate candidate(int index, Random random) {
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String variant = EMAIL_VARIANTS[random.nextInt(EMAIL_VARIANTS.length)];
        String email = subject == null || variant == null ? null : String.format(variant, subject);
        LocalDate expiry = random.nextInt(10) == 0 ? null : TODAY.plusDays(random.nextInt(70) - 5);
        ConsentState state = ConsentState.values()[random.nextInt(ConsentState.values().length)];
        LocalDate requestedFor = expiry != null && random.nextInt(4) == 0 ? expiry : null;
        return new ConsentCandidate(DocumentId.of("doc-" + index), subject, email, subject,
                // Biased towards extendable types, the only ones that can lead to a request.
                random.nextBoolean() ? EXTENDABLE.get(random.nextInt(EXTENDABLE.size()))
                        : TYPES.get(random.nextInt(TYPES.size())), expiry, random.nextInt(4), state, requestedFor,
                random.nextInt(12) == 0, random.nextInt(15) == 0);
    }

    @Test
    void planningTwiceAfterCarryingOutThePlanSendsNothingNew() {
        qt().forAll(candidateLists()).checkAssert(candidates -> {
            ConsentPlan first = ConsentPlanner.plan(candidates, TODAY);
            ConsentPlan second = ConsentPlanner.plan(ConsentPlannerTest.applied(first, candidates), TODAY);
            assertThat(second.requests()).isEmpty();
        });
    }

    @Test
    void thePlanDoesNotDependOnTheOrderOfTheCandidates() {
        qt().forAll(candidateLists(), integers().all()).checkAssert((candidates, shuffleSeed) -> {
            List<ConsentCandidate> shuffled = new ArrayList<>(candidates);
            Collections.shuffle(shuffled, new Random(shuffleSeed));
            assertThat(ConsentPlanner.plan(shuffled, TODAY)).isEqualTo(ConsentPlanner.plan(candidates, TODAY));
        });
    }

    @Test
    void everyRequestedDocumentIsDueExtendableAndNotAskedBeforeAndAppearsOnce() {
        qt().forAll(candidateLists()).checkAssert(candidates -> {
            ConsentPlan plan = ConsentPlanner.plan(candidates, TODAY);
            Set<DocumentId> placed = new HashSet<>();
            for (ConsentRequest request : plan.requests()) {
                assertThat(request.documents()).isNotEmpty().allSatisfy(doc -> {
                    assertThat(doc.subjectId()).isEqualTo(request.subjectId());
                    assertThat(TODAY).isBetween(doc.expiryDate().minusDays(doc.type().consentLeadDays()),
                            doc.expiryDate());
                    assertThat(doc.type().allowsAnotherExtension(doc.grantedExtensionCount())).isTrue();
                    assertThat(doc.consentRequestedFor()).isNotEqualTo(doc.expiryDate());
                    assertThat(doc.onHold() || doc.purged()).isFalse();
                    assertThat(placed.add(doc.documentId())).isTrue();
                });
                assertThat(request.earliestExpiry()).isEqualTo(request.documents().get(0).expiryDate());
            }
            for (ConsentExclusion exclusion : plan.exclusions()) {
                assertThat(placed.add(exclusion.documentId())).isTrue();
            }
            assertThat(plan.requests()).extracting(ConsentRequest::subjectId).doesNotHaveDuplicates();
        });
    }

    @Test
    void theStreamedPlanOfCandidatesSortedBySubjectHoldsTheSameRequestsAndExclusions() {
        qt().forAll(candidateLists()).checkAssert(candidates -> {
            List<ConsentCandidate> bySubject = new ArrayList<>(candidates);
            bySubject.sort(java.util.Comparator.comparing(ConsentCandidate::subjectId,
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
            List<ConsentRequest> requests = new ArrayList<>();
            List<ConsentExclusion> exclusions = new ArrayList<>();

            ConsentPlanner.planGroupedBySubject(bySubject.iterator(), TODAY, requests::add, exclusions::add);

            ConsentPlan plan = ConsentPlanner.plan(candidates, TODAY);
            assertThat(requests).containsExactlyInAnyOrderElementsOf(plan.requests());
            assertThat(exclusions).containsExactlyInAnyOrderElementsOf(plan.exclusions());
        });
    }
}
