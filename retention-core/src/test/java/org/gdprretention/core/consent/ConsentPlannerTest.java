package org.gdprretention.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gdprretention.core.ConsentState;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.catalogue.RetentionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentPlannerTest {

    private static final RetentionCatalogue CATALOGUE = DefaultRetentionTypes.netherlands();
    private static final RetentionType PERSONNEL_FILE = CATALOGUE.require("PERSONNEL_FILE"); // 30 lead days, 3x
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    static ConsentCandidate candidate(String id, String subject, String email, LocalDate expiry) {
        return new ConsentCandidate(DocumentId.of(id), subject, email, "Name of " + subject, PERSONNEL_FILE, expiry,
                0, ConsentState.NONE, null, false, false);
    }

    static ConsentCandidate with(ConsentCandidate c, RetentionType type, int granted, ConsentState state,
            LocalDate requestedFor, boolean hold, boolean purged) {
        return new ConsentCandidate(c.documentId(), c.subjectId(), c.subjectEmail(), c.subjectName(),
                c.subjectLanguage(), type, c.expiryDate(), granted, state, requestedFor, hold, purged);
    }

    private static ConsentCandidate inLanguage(ConsentCandidate c, String language) {
        return new ConsentCandidate(c.documentId(), c.subjectId(), c.subjectEmail(), c.subjectName(), language,
                c.type(), c.expiryDate(), c.grantedExtensionCount(), c.consentState(), c.consentRequestedFor(),
                c.onHold(), c.purged());
    }

    @Test
    void eachSubjectIsWrittenToInTheLanguageTheirDocumentsAgreeOn() {
        List<ConsentCandidate> candidates = List.of(
                inLanguage(due("a1", "anna"), "en-GB"), inLanguage(due("a2", "anna"), "EN"), due("a3", "anna"),
                inLanguage(due("b1", "bram"), "nl"),
                due("c1", "cees"));

        ConsentPlan plan = ConsentPlanner.plan(candidates, TODAY);

        assertThat(plan.requests()).extracting(ConsentRequest::subjectId, ConsentRequest::language)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("anna", "en"),
                        org.assertj.core.groups.Tuple.tuple("bram", "nl"),
                        org.assertj.core.groups.Tuple.tuple("cees", null));
    }

    @Test
    void documentsThatDisagreeOnTheLanguageLeaveItToTheDefaultWhateverTheirOrder() {
        List<ConsentCandidate> candidates = new ArrayList<>(List.of(inLanguage(due("a1", "anna"), "en"),
                inLanguage(due("a2", "anna"), "nl"), inLanguage(due("a3", "anna"), "en")));
        for (int rotation = 0; rotation < candidates.size(); rotation++) {
            java.util.Collections.rotate(candidates, 1);

            ConsentPlan plan = ConsentPlanner.plan(candidates, TODAY);

            assertThat(plan.requests()).singleElement().satisfies(request -> {
                assertThat(request.language()).isNull();
                assertThat(request.documentIds()).hasSize(3);
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "", "123", "not a language tag"})
    void aBlankOrIllFormedLanguageCountsAsNone(String tag) {
        assertThat(inLanguage(due("a1", "anna"), tag).subjectLanguage()).isNull();
    }

    @Test
    void aSentRequestKeepsTheLanguage() {
        assertThat(inLanguage(due("a1", "anna"), "en_US").asRequested().subjectLanguage()).isEqualTo("en");
    }

    private static ConsentCandidate due(String id, String subject) {
        return candidate(id, subject, subject + "@example.nl", TODAY.plusDays(10));
    }

    private static ConsentExclusion excluded(String id, String subject, ExclusionReason reason) {
        return new ConsentExclusion(DocumentId.of(id), subject, reason);
    }

    @Test
    void aDocumentIsDueFromLeadDaysBeforeExpiryThroughTheExpiryDate() {
        List<ConsentCandidate> candidates = List.of(
                candidate("a-too-early", "s1", "s1@example.nl", TODAY.plusDays(31)),
                candidate("b-first-day", "s2", "s2@example.nl", TODAY.plusDays(30)),
                candidate("c-last-day", "s3", "s3@example.nl", TODAY),
                candidate("d-too-late", "s4", "s4@example.nl", TODAY.minusDays(1)));

        ConsentPlan plan = ConsentPlanner.plan(candidates, TODAY);

        assertThat(plan.requests()).extracting(ConsentRequest::subjectId).containsExactly("s3", "s2");
        assertThat(plan.exclusions()).containsExactly(excluded("d-too-late", "s4", ExclusionReason.EXPIRED));
    }

    @Test
    void withZeroLeadDaysOnlyTheExpiryDateItselfIsDue() {
        RetentionType noLead = PERSONNEL_FILE.toBuilder().consentLeadDays(0).build();
        ConsentCandidate tomorrow = with(candidate("d1", "s1", "s1@example.nl", TODAY.plusDays(1)), noLead, 0,
                ConsentState.NONE, null, false, false);

        assertThat(ConsentPlanner.plan(List.of(tomorrow), TODAY).requests()).isEmpty();
        assertThat(ConsentPlanner.plan(List.of(tomorrow), TODAY.plusDays(1)).requests()).hasSize(1);
    }

    @Test
    void oneRequestPerSubjectCoversAllTheirDueDocumentsSortedByExpiry() {
        List<ConsentCandidate> candidates = List.of(
                candidate("doc-c", "anna", "anna@example.nl", TODAY.plusDays(20)),
                candidate("doc-a", "anna", "anna@example.nl", TODAY.plusDays(5)),
                candidate("doc-b", "anna", null, TODAY.plusDays(20)),
                candidate("doc-z", "bert", "bert@example.nl", TODAY.plusDays(2)));

        ConsentPlan plan = ConsentPlanner.plan(candidates, TODAY);

        assertThat(plan.requests()).hasSize(2);
        ConsentRequest bert = plan.requests().get(0);
        ConsentRequest anna = plan.requests().get(1);
        assertThat(bert.subjectId()).isEqualTo("bert");
        assertThat(anna.documentIds()).extracting(DocumentId::value).containsExactly("doc-a", "doc-b", "doc-c");
        assertThat(anna.earliestExpiry()).isEqualTo(TODAY.plusDays(5));
        assertThat(anna.email()).isEqualTo("anna@example.nl");
        assertThat(anna.subjectName()).isEqualTo("Name of anna");
        assertThat(plan.requestedDocumentCount()).isEqualTo(4);
        assertThat(plan.exclusions()).isEmpty();
    }

    @Test
    void conflictingEmailsExcludeAllTheSubjectsDueDocumentsButNoOneElses() {
        List<ConsentCandidate> candidates = List.of(
                candidate("a1", "anna", "anna@example.nl", TODAY.plusDays(5)),
                candidate("a2", "anna", "anna.old@example.nl", TODAY.plusDays(6)),
                due("b1", "bert"));

        ConsentPlan plan = ConsentPlanner.plan(candidates, TODAY);

        assertThat(plan.requests()).extracting(ConsentRequest::subjectId).containsExactly("bert");
        assertThat(plan.exclusions()).containsExactly(
                excluded("a1", "anna", ExclusionReason.CONFLICTING_EMAIL),
                excluded("a2", "anna", ExclusionReason.CONFLICTING_EMAIL));
    }

    @Test
    void theSameAddressInAnotherCaseIsNoConflict() {
        List<ConsentCandidate> candidates = List.of(
                candidate("a1", "anna", "Anna@Example.nl", TODAY.plusDays(5)),
                candidate("a2", "anna", " anna@example.nl ", TODAY.plusDays(6)));

        ConsentPlan plan = ConsentPlanner.plan(candidates, TODAY);

        assertThat(plan.requests()).singleElement().extracting(ConsentRequest::email).isEqualTo("Anna@Example.nl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "anna@", "@example.nl", "anna@example", "anna at example.nl", "a@b@example.nl",
        "anna@example..nl"})
    void anImplausibleAddressIsExcludedAsInvalid(String email) {
        ConsentPlan plan = ConsentPlanner.plan(List.of(candidate("a1", "anna", email, TODAY)), TODAY);

        assertThat(plan.requests()).isEmpty();
        assertThat(plan.exclusions()).containsExactly(excluded("a1", "anna", ExclusionReason.INVALID_EMAIL));
    }

    @Test
    void documentsWithoutSubjectOrAddressAreExcluded() {
        List<ConsentCandidate> candidates = List.of(
                candidate("no-subject", " ", "x@example.nl", TODAY),
                candidate("no-email", "carl", "  ", TODAY));

        ConsentPlan plan = ConsentPlanner.plan(candidates, TODAY);

        assertThat(plan.requests()).isEmpty();
        assertThat(plan.exclusions()).containsExactly(
                excluded("no-email", "carl", ExclusionReason.NO_EMAIL),
                excluded("no-subject", null, ExclusionReason.NO_SUBJECT));
    }

    @Test
    void documentsThatCannotBeExtendedAreExcludedWithTheirReason() {
        RetentionType payroll = CATALOGUE.require("PAYROLL");
        List<ConsentCandidate> candidates = List.of(
                with(due("1-purged", "s"), PERSONNEL_FILE, 0, ConsentState.NONE, null, false, true),
                with(due("2-held", "s"), PERSONNEL_FILE, 0, ConsentState.NONE, null, true, false),
                candidate("3-pending", "s", "s@example.nl", null),
                with(due("4-payroll", "s"), payroll, 0, ConsentState.NONE, null, false, false),
                with(due("5-maxed", "s"), PERSONNEL_FILE, 3, ConsentState.GRANTED, null, false, false),
                with(due("6-asked", "s"), PERSONNEL_FILE, 0, ConsentState.REQUESTED, TODAY.plusDays(10), false, false),
                with(due("7-declined", "s"), PERSONNEL_FILE, 0, ConsentState.REFUSED, TODAY.plusDays(10), false,
                        false));

        ConsentPlan plan = ConsentPlanner.plan(candidates, TODAY);

        assertThat(plan.requests()).isEmpty();
        assertThat(plan.exclusions()).extracting(ConsentExclusion::reason).containsExactly(
                ExclusionReason.PURGED, ExclusionReason.ON_HOLD, ExclusionReason.PENDING_START,
                ExclusionReason.NOT_EXTENDABLE, ExclusionReason.MAX_EXTENSIONS_REACHED,
                ExclusionReason.ALREADY_REQUESTED, ExclusionReason.CONSENT_REFUSED);
    }

    @Test
    void aRequestForAnEarlierExpiryStartsANewCycleOnceTheExpiryMoved() {
        // Consent was given last year: the expiry moved a year on, and the new expiry is due again.
        ConsentCandidate extendedLastYear = with(due("d1", "anna"), PERSONNEL_FILE, 1, ConsentState.GRANTED,
                TODAY.plusDays(10).minusYears(1), false, false);

        ConsentPlan plan = ConsentPlanner.plan(List.of(extendedLastYear), TODAY);

        assertThat(plan.requests()).singleElement().extracting(ConsentRequest::subjectId).isEqualTo("anna");
    }

    @Test
    void carryingOutThePlanAndPlanningAgainAsksNobodyTwice() {
        List<ConsentCandidate> candidates = List.of(due("a1", "anna"), due("a2", "anna"), due("b1", "bert"),
                candidate("c1", "carl", "carl@example.nl", TODAY.plusDays(60)));
        ConsentPlan first = ConsentPlanner.plan(candidates, TODAY);

        List<ConsentCandidate> afterSending = applied(first, candidates);
        ConsentPlan second = ConsentPlanner.plan(afterSending, TODAY);
        ConsentPlan nextDay = ConsentPlanner.plan(afterSending, TODAY.plusDays(1));

        assertThat(first.requestedDocumentCount()).isEqualTo(3);
        assertThat(second.requests()).isEmpty();
        assertThat(nextDay.requests()).isEmpty();
        assertThat(second.exclusions()).extracting(ConsentExclusion::reason)
                .containsOnly(ExclusionReason.ALREADY_REQUESTED).hasSize(3);
    }

    @Test
    void theSameDocumentTwiceIsRefused() {
        assertThatThrownBy(() -> ConsentPlanner.plan(List.of(due("d1", "anna"), due("d1", "bert")), TODAY))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid documentId 'd1': appears more than once among the consent candidates");
    }

    @Test
    void aNegativeExtensionCountIsRefused() {
        assertThatThrownBy(() -> new ConsentCandidate(DocumentId.of("d1"), "s", null, null, PERSONNEL_FILE, TODAY,
                -1, ConsentState.NONE, null, false, false))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid grantedExtensionCount '-1': must not be negative");
    }

    /** What the consent job stores after sending the plan's requests. */
    static List<ConsentCandidate> applied(ConsentPlan plan, List<ConsentCandidate> candidates) {
        List<DocumentId> sent = plan.requests().stream().flatMap(r -> r.documentIds().stream()).toList();
        List<ConsentCandidate> after = new ArrayList<>();
        for (ConsentCandidate candidate : candidates) {
            after.add(sent.contains(candidate.documentId()) ? candidate.asRequested() : candidate);
        }
        return after;
    }

    @Test
    void aStreamWhoseSubjectsAreOutOfOrderIsRefusedNamingTheSubject() {
        List<ConsentCandidate> unsorted = List.of(due("d1", "bert"), due("d2", "anna"));

        assertThatThrownBy(() -> ConsentPlanner.planGroupedBySubject(unsorted.iterator(), TODAY, r -> { }, e -> { }))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("anna").hasMessageContaining("sorted by subject");
    }

    @Test
    void aStreamNamingADocumentTwiceForItsSubjectIsRefused() {
        List<ConsentCandidate> twice = List.of(due("d1", "anna"), due("d1", "anna"));

        assertThatThrownBy(() -> ConsentPlanner.planGroupedBySubject(twice.iterator(), TODAY, r -> { }, e -> { }))
                .isInstanceOf(InvalidRetentionInputException.class).hasMessageContaining("more than once");
    }

    @Test
    void aStreamHandsOnEachSubjectsRequestOnceItsLastDocumentIsRead() {
        List<String> events = new ArrayList<>();
        List<ConsentCandidate> stream = List.of(due("a1", "anna"), due("a2", "anna"), due("b1", "bert"));
        java.util.Iterator<ConsentCandidate> source = stream.iterator();
        java.util.Iterator<ConsentCandidate> logged = new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public ConsentCandidate next() {
                ConsentCandidate next = source.next();
                events.add("read " + next.documentId().value());
                return next;
            }
        };

        ConsentPlanner.planGroupedBySubject(logged, TODAY,
                request -> events.add("request " + request.subjectId() + " " + request.documents().size()), e -> { });

        assertThat(events).containsExactly("read a1", "read a2", "read b1", "request anna 2", "request bert 1");
    }

    @Test
    void missingInputIsRefusedNamingTheField() {
        List<ConsentCandidate> withNull = java.util.Arrays.asList(due("a1", "anna"), null);

        assertField(() -> ConsentPlanner.plan(null, TODAY), "candidates");
        assertField(() -> ConsentPlanner.plan(List.of(), null), "today");
        assertField(() -> ConsentPlanner.plan(withNull, TODAY), "candidates");
        assertField(() -> ConsentPlanner.planGroupedBySubject(null, TODAY, r -> { }, e -> { }), "candidatesBySubject");
        assertField(() -> ConsentPlanner.planGroupedBySubject(withNull.iterator(), TODAY, r -> { }, e -> { }),
                "candidatesBySubject");
        assertField(() -> ConsentPlanner.planGroupedBySubject(List.<ConsentCandidate>of().iterator(), null,
                r -> { }, e -> { }), "today");
        assertField(() -> new ConsentCandidate(null, "s", null, null, PERSONNEL_FILE, TODAY, 0, null, null, false,
                false), "documentId");
        assertField(() -> new ConsentCandidate(DocumentId.of("d"), "s", null, null, null, TODAY, 0, null, null, false,
                false), "type");
    }

    private static void assertField(Runnable step, String field) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(InvalidRetentionInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
