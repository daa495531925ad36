package org.gdprretention.core.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The product decisions around expiry, by example: no extension after expiry, the decision window of a request
 * filed before expiry, its lapse, consent closing a pending request, and decisions judged on the stored request.
 * Times are in UTC; the calculator's zone is Europe/Amsterdam (CEST, +2, in May and June).
 */
class ExtensionDecisionsTest {

    private static final DocumentId DOC = DocumentId.of("workspace://SpacesStore/personnel-1");
    private static final LocalDate EXPIRY = LocalDate.of(2025, 5, 31);
    private static final LocalDate EXTENDED = LocalDate.of(2026, 5, 31);
    private static final Instant BEFORE = Instant.parse("2025-05-01T09:00:00Z");
    private static final Instant LAST_KEPT_INSTANT = Instant.parse("2025-05-31T21:59:59.999Z");
    private static final Instant EXPIRED = Instant.parse("2025-05-31T22:00:00Z");
    /** The last instant of the default window: 2025-06-30 is expiry + P30D, kept through the end of that day. */
    private static final Instant WINDOW_LAST = Instant.parse("2025-06-30T21:59:59.999Z");
    private static final Instant WINDOW_PASSED = Instant.parse("2025-06-30T22:00:00Z");

    private final AtomicInteger ids = new AtomicInteger();
    private ExtensionLifecycle lifecycle;
    private RetentionFacts facts;

    @BeforeEach
    void setUp() {
        lifecycle = new ExtensionLifecycle(new ExpiryCalculator(), () -> "req-" + ids.incrementAndGet());
        // PERSONNEL_FILE: P2Y from the end of employment, extendable three times by P1Y.
        facts = RetentionFacts.of(DOC, DefaultRetentionTypes.netherlands().require("PERSONNEL_FILE"),
                LocalDate.of(2023, 5, 31));
    }

    private ExtensionRequest requestedAt(Instant when) {
        return lifecycle.request(facts, List.of(), "hr.officer", "Pending court case", when, ContactChannel.TASK)
                .request();
    }

    @Test
    void theDefaultDecisionWindowIsThirtyDays() {
        assertThat(ExtensionLifecycle.DEFAULT_DECISION_WINDOW).isEqualTo(Period.ofDays(30));
        assertThat(lifecycle.decisionWindow()).isEqualTo(Period.ofDays(30));
        assertThat(new ExtensionLifecycle(new ExpiryCalculator()).decisionWindow()).isEqualTo(Period.ofDays(30));
    }

    @Test
    void nothingExtendsOrAsksOnceTheDocumentHasExpired() {
        assertRefused(() -> lifecycle.request(facts, List.of(), "hr", "why", EXPIRED, ContactChannel.TASK),
                ExtensionRefusedException.Reason.EXPIRED);
        assertRefused(() -> lifecycle.consent(facts, "subject-1", EXPIRED, ContactChannel.SURVEY),
                ExtensionRefusedException.Reason.EXPIRED);
        assertRefused(() -> lifecycle.consentRequested(facts, "System", EXPIRED, ContactChannel.SYSTEM, null),
                ExtensionRefusedException.Reason.EXPIRED);
        assertRefused(() -> lifecycle.refuseConsent(facts, "subject-1", EXPIRED, ContactChannel.SURVEY),
                ExtensionRefusedException.Reason.EXPIRED);
    }

    @Test
    void theWholeExpiryDayIsStillBeforeExpiry() {
        assertThat(lifecycle.consent(facts, "subject-1", LAST_KEPT_INSTANT, ContactChannel.SURVEY).expiryDate())
                .isEqualTo(EXTENDED);
        assertThat(requestedAt(LAST_KEPT_INSTANT).isPending()).isTrue();
    }

    @Test
    void anApprovalInsideTheWindowExtendsFromTheOriginalExpiry() {
        ExtensionRequest pending = requestedAt(BEFORE);

        ExtensionOutcome approved = lifecycle.approve(pending.id(), List.of(pending), facts, "gdpr.officer",
                WINDOW_LAST, ContactChannel.TASK);

        assertThat(approved.expiryDate()).isEqualTo(EXTENDED);
        assertThat(approved.request().state()).isEqualTo(ExtensionState.APPROVED);
        assertThat(approved.contactMoment()).isEqualTo(new ContactMoment(DOC, ContactKind.EXTENSION_APPROVED,
                ContactChannel.TASK, "gdpr.officer", WINDOW_LAST, EXPIRY, EXTENDED, "Pending court case"));
    }

    @Test
    void anApprovalAfterTheWindowIsRefused() {
        ExtensionRequest pending = requestedAt(BEFORE);

        assertRefused(() -> lifecycle.approve(pending.id(), List.of(pending), facts, "gdpr.officer", WINDOW_PASSED,
                ContactChannel.TASK), ExtensionRefusedException.Reason.DECISION_WINDOW_PASSED);
    }

    @Test
    void aPendingRequestHoldsThePurgeThroughTheWindowAndThenLapses() {
        ExtensionRequest pending = requestedAt(BEFORE);

        for (Instant held : List.of(BEFORE, EXPIRED, WINDOW_LAST)) {
            assertThat(lifecycle.holdsPurge(pending, facts, held)).as("held at %s", held).isTrue();
            assertThat(lifecycle.hasLapsed(pending, facts, held)).as("lapsed at %s", held).isFalse();
            assertRefused(() -> lifecycle.lapse(pending, facts, held), ExtensionRefusedException.Reason.NOT_LAPSED);
        }
        assertThat(lifecycle.holdsPurge(pending, facts, WINDOW_PASSED)).isFalse();
        assertThat(lifecycle.hasLapsed(pending, facts, WINDOW_PASSED)).isTrue();
    }

    @Test
    void aLapsedRequestIsClosedBySystemWithAContactMomentAndTheExpiryUnchanged() {
        ExtensionRequest pending = requestedAt(BEFORE);

        ExtensionOutcome lapsed = lifecycle.lapse(pending, facts, WINDOW_PASSED);

        assertThat(lapsed.request().state()).isEqualTo(ExtensionState.LAPSED);
        assertThat(lapsed.request().decidedBy()).isEqualTo(ExtensionLifecycle.SYSTEM_ACTOR);
        assertThat(lapsed.request().decidedAt()).isEqualTo(WINDOW_PASSED);
        assertThat(lapsed.facts()).isEqualTo(facts);
        assertThat(lapsed.expiryDate()).isEqualTo(EXPIRY);
        assertThat(lapsed.contactMoment()).isEqualTo(new ContactMoment(DOC, ContactKind.EXTENSION_LAPSED,
                ContactChannel.SYSTEM, "System", WINDOW_PASSED, EXPIRY, EXPIRY,
                "No decision within P30D after the expiry date 2025-05-31"));
        assertThat(lifecycle.holdsPurge(lapsed.request(), facts, EXPIRED)).isFalse();
        assertRefused(() -> lifecycle.lapse(lapsed.request(), facts, WINDOW_PASSED),
                ExtensionRefusedException.Reason.NOT_PENDING);
        assertRefused(() -> lifecycle.deny(pending.id(), List.of(lapsed.request()), facts, "gdpr.officer",
                WINDOW_PASSED, null, ContactChannel.TASK), ExtensionRefusedException.Reason.NOT_PENDING);
    }

    @Test
    void aConfiguredWindowMovesTheLapse() {
        ExtensionLifecycle tenDays = new ExtensionLifecycle(new ExpiryCalculator(), () -> "r", Period.ofDays(10));
        ExtensionRequest pending = requestedAt(BEFORE);

        assertThat(tenDays.holdsPurge(pending, facts, Instant.parse("2025-06-10T21:59:59Z"))).isTrue();
        assertThat(tenDays.hasLapsed(pending, facts, Instant.parse("2025-06-10T22:00:00Z"))).isTrue();
    }

    @Test
    void aRequestFiledAfterExpiryHoldsNothingAndCannotBeApproved() {
        // Stored before these rules existed: request() refuses it today.
        ExtensionRequest late = ExtensionRequest.pending("late", DOC, "hr", "too late", EXPIRED);

        assertThat(lifecycle.holdsPurge(late, facts, EXPIRED)).isFalse();
        assertRefused(() -> lifecycle.approve(late.id(), List.of(late), facts, "gdpr.officer", EXPIRED,
                ContactChannel.TASK), ExtensionRefusedException.Reason.EXPIRED);
        assertThat(lifecycle.deny(late.id(), List.of(late), facts, "gdpr.officer", EXPIRED, "too late",
                ContactChannel.TASK).request().state()).isEqualTo(ExtensionState.DENIED);
    }

    @Test
    void aDenialAfterExpiryOnlyClosesTheRequest() {
        ExtensionRequest pending = requestedAt(BEFORE);

        ExtensionOutcome denied = lifecycle.deny(pending.id(), List.of(pending), facts, "gdpr.officer",
                WINDOW_PASSED, "no ground", ContactChannel.TASK);

        assertThat(denied.request().state()).isEqualTo(ExtensionState.DENIED);
        assertThat(denied.facts()).isEqualTo(facts);
        assertThat(denied.expiryDate()).isEqualTo(EXPIRY);
    }

    @Test
    void consentClosesThePendingRequestWithOneExtensionNotTwo() {
        ExtensionRequest pending = requestedAt(BEFORE);

        ExtensionOutcome consent = lifecycle.consent(facts, "subject-1", BEFORE.plusSeconds(60),
                ContactChannel.SURVEY, pending);

        assertThat(consent.grantedExtensions()).hasSize(1);
        assertThat(consent.expiryDate()).isEqualTo(EXTENDED);
        assertThat(consent.request().id()).isEqualTo(pending.id());
        assertThat(consent.request().state()).isEqualTo(ExtensionState.CLOSED_BY_CONSENT);
        assertThat(consent.request().decidedBy()).isEqualTo("subject-1");
        assertThat(consent.contactMoment().kind()).isEqualTo(ContactKind.CONSENT_GIVEN);
        assertRefused(() -> lifecycle.approve(pending.id(), List.of(consent.request()), consent.facts(),
                "gdpr.officer", BEFORE.plusSeconds(120), ContactChannel.TASK),
                ExtensionRefusedException.Reason.NOT_PENDING);
    }

    @Test
    void consentWithADecidedOrForeignRequestIsRefused() {
        ExtensionRequest pending = requestedAt(BEFORE);
        ExtensionRequest denied = lifecycle.deny(pending.id(), List.of(pending), facts, "gdpr.officer", BEFORE,
                null, ContactChannel.TASK).request();
        ExtensionRequest foreign = ExtensionRequest.pending("x", DocumentId.of("other"), "hr", "why", BEFORE);

        assertRefused(() -> lifecycle.consent(facts, "subject-1", BEFORE, ContactChannel.SURVEY, denied),
                ExtensionRefusedException.Reason.NOT_PENDING);
        assertThatThrownBy(() -> lifecycle.consent(facts, "subject-1", BEFORE, ContactChannel.SURVEY, foreign))
                .isInstanceOfSatisfying(InvalidRetentionInputException.class,
                        e -> assertThat(e.field()).isEqualTo("documentId"));
    }

    @Test
    void theStoredRequestIsDecidedNotTheCallersStaleCopy() {
        ExtensionRequest staleCopy = requestedAt(BEFORE);
        ExtensionRequest stored = lifecycle.approve(staleCopy.id(), List.of(staleCopy), facts, "officer-1", BEFORE,
                ContactChannel.TASK).request();

        assertRefused(() -> lifecycle.approve(staleCopy, List.of(stored), facts, "officer-2", BEFORE,
                ContactChannel.TASK), ExtensionRefusedException.Reason.NOT_PENDING);
        assertRefused(() -> lifecycle.deny(staleCopy, List.of(stored), facts, "officer-2", BEFORE, null,
                ContactChannel.TASK), ExtensionRefusedException.Reason.NOT_PENDING);
    }

    @Test
    void anUnknownOrDuplicatedRequestIdIsBadInput() {
        ExtensionRequest pending = requestedAt(BEFORE);

        assertInvalid(() -> lifecycle.approve("nope", List.of(pending), facts, "officer", BEFORE,
                ContactChannel.TASK), "requestId");
        assertInvalid(() -> lifecycle.deny(pending.id(), List.of(pending, pending), facts, "officer", BEFORE, null,
                ContactChannel.TASK), "requestId");
    }

    @Test
    void aNegativeOrMissingDecisionWindowIsBadInput() {
        assertInvalid(() -> new ExtensionLifecycle(new ExpiryCalculator(), () -> "r", Period.ofDays(-1)),
                "decisionWindow");
        assertInvalid(() -> new ExtensionLifecycle(new ExpiryCalculator(), () -> "r", null), "decisionWindow");
        assertInvalid(() -> new ExtensionLifecycle(null), "calculator");
        assertInvalid(() -> new ExtensionLifecycle(new ExpiryCalculator(), null), "requestIds");
    }

    @Test
    void everyMissingArgumentIsNamed() {
        ExtensionRequest p = requestedAt(BEFORE);
        List<ExtensionRequest> s = List.of(p);
        ContactChannel c = ContactChannel.TASK;
        Instant t = BEFORE;

        assertInvalid(() -> lifecycle.request(null, List.of(), "hr", "why", t, c), "facts");
        assertInvalid(() -> lifecycle.request(facts, null, "hr", "why", t, c), "existingRequests");
        assertInvalid(() -> lifecycle.request(facts, java.util.Arrays.asList((ExtensionRequest) null), "hr", "why",
                t, c), "existingRequests");
        assertInvalid(() -> lifecycle.request(facts, List.of(), "hr", "why", null, c), "when");
        assertInvalid(() -> lifecycle.request(facts, List.of(), "hr", "why", t, null), "channel");
        assertInvalid(() -> lifecycle.approve((String) null, s, facts, "o", t, c), "requestId");
        assertInvalid(() -> lifecycle.approve((ExtensionRequest) null, s, facts, "o", t, c), "request");
        assertInvalid(() -> lifecycle.approve(p.id(), null, facts, "o", t, c), "stored");
        assertInvalid(() -> lifecycle.approve(p.id(), s, null, "o", t, c), "facts");
        assertInvalid(() -> lifecycle.approve(p.id(), s, facts, null, t, c), "decidedBy");
        assertInvalid(() -> lifecycle.approve(p.id(), s, facts, "o", null, c), "when");
        assertInvalid(() -> lifecycle.approve(p.id(), s, facts, "o", t, null), "channel");
        assertInvalid(() -> lifecycle.deny((String) null, s, facts, "o", t, "n", c), "requestId");
        assertInvalid(() -> lifecycle.deny((ExtensionRequest) null, s, facts, "o", t, "n", c), "request");
        assertInvalid(() -> lifecycle.deny(p.id(), null, facts, "o", t, "n", c), "stored");
        assertInvalid(() -> lifecycle.deny(p.id(), s, null, "o", t, "n", c), "facts");
        assertInvalid(() -> lifecycle.deny(p.id(), s, facts, "o", null, "n", c), "when");
        assertInvalid(() -> lifecycle.deny(p.id(), s, facts, "o", t, "n", null), "channel");
        assertInvalid(() -> lifecycle.consent(null, "subj", t, c, p), "facts");
        assertInvalid(() -> lifecycle.consent(facts, null, t, c, p), "subject");
        assertInvalid(() -> lifecycle.consent(facts, "subj", null, c), "when");
        assertInvalid(() -> lifecycle.consent(facts, "subj", t, null), "channel");
        assertInvalid(() -> lifecycle.refuseConsent(null, "subj", t, c), "facts");
        assertInvalid(() -> lifecycle.refuseConsent(facts, "subj", null, c), "when");
        assertInvalid(() -> lifecycle.refuseConsent(facts, "subj", t, null), "channel");
        assertInvalid(() -> lifecycle.consentRequested(null, "System", t, c, null), "facts");
        assertInvalid(() -> lifecycle.consentRequested(facts, null, t, c, null), "sender");
        assertInvalid(() -> lifecycle.consentRequested(facts, "System", null, c, null), "when");
        assertInvalid(() -> lifecycle.consentRequested(facts, "System", t, null, null), "channel");
        assertInvalid(() -> lifecycle.holdsPurge(null, facts, t), "pending");
        assertInvalid(() -> lifecycle.holdsPurge(p, null, t), "facts");
        assertInvalid(() -> lifecycle.holdsPurge(p, facts, null), "now");
        assertInvalid(() -> lifecycle.hasLapsed(null, facts, t), "pending");
        assertInvalid(() -> lifecycle.hasLapsed(p, null, t), "facts");
        assertInvalid(() -> lifecycle.hasLapsed(p, facts, null), "now");
        assertInvalid(() -> lifecycle.lapse(null, facts, t), "pending");
        assertInvalid(() -> lifecycle.lapse(p, null, t), "facts");
        assertInvalid(() -> lifecycle.lapse(p, facts, null), "when");
    }

    @Test
    void recordsNameTheirMissingFields() {
        assertInvalid(() -> ExtensionRequest.pending("id", null, "hr", "why", BEFORE), "documentId");
        assertInvalid(() -> ExtensionRequest.pending("id", DOC, "hr", "why", null), "requestedAt");
        assertInvalid(() -> new ExtensionRequest("id", DOC, "hr", "why", BEFORE, null, null, null, null), "state");
        assertInvalid(() -> new ContactMoment(null, ContactKind.CONSENT_GIVEN, ContactChannel.API, "a", BEFORE,
                null, null, null), "documentId");
        assertInvalid(() -> new ContactMoment(DOC, null, ContactChannel.API, "a", BEFORE, null, null, null), "kind");
        assertInvalid(() -> new ContactMoment(DOC, ContactKind.CONSENT_GIVEN, null, "a", BEFORE, null, null, null),
                "channel");
        assertInvalid(() -> new ContactMoment(DOC, ContactKind.CONSENT_GIVEN, ContactChannel.API, "a", null, null,
                null, null), "at");
        assertInvalid(() -> new ExtensionOutcome(null, null, null, null), "facts");
        assertInvalid(() -> RetentionFacts.of(null, facts.type(), null), "documentId");
        assertInvalid(() -> RetentionFacts.of(DOC, null, null), "type");
    }

    private static void assertRefused(Runnable step, ExtensionRefusedException.Reason reason) {
        assertThatThrownBy(step::run)
                .isInstanceOfSatisfying(ExtensionRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(reason.explanation());
                });
    }

    private static void assertInvalid(Runnable step, String field) {
        assertThatThrownBy(step::run)
                .isInstanceOfSatisfying(InvalidRetentionInputException.class,
                        e -> assertThat(e.field()).isEqualTo(field));
    }
}
