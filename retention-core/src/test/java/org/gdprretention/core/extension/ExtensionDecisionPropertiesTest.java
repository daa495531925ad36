package org.gdprretention.core.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionFacts;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The product decisions of extension and consent as properties over random types, start dates, zones (with and
 * without daylight saving time), decision windows and moments around expiry. The expected values are computed here
 * from the definitions (expired from the first instant after the expiry date; window through the end of expiry date
 * plus the window), not taken from the lifecycle.
 */
class ExtensionDecisionPropertiesTest {

    private static final List<RetentionType> EXTENDABLE = DefaultRetentionTypes.netherlands().all().stream()
            .filter(RetentionType::extendable).toList();
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Amsterdam"), ZoneId.of("UTC"),
            ZoneId.of("Pacific/Auckland"), ZoneId.of("America/Sao_Paulo"));
    private static final LocalDate BASE = LocalDate.of(2020, 1, 1);
    private static final DocumentId DOC = DocumentId.of("workspace://SpacesStore/doc");
    /** Moments are drawn within 90 days either side of the moment of interest, to the minute. */
    private static final int SPREAD = 90 * 24 * 60;

    /** A document with a known start and no extension yet, a lifecycle in some zone with some window. */
    private record Case(RetentionType type, LocalDate start, ZoneId zone, int windowDays) {

        ExpiryCalculator calculator() {
            return new ExpiryCalculator(zone);
        }

        ExtensionLifecycle lifecycle() {
            return new ExtensionLifecycle(calculator(), () -> "req", Period.ofDays(windowDays));
        }

        RetentionFacts facts() {
            return RetentionFacts.of(DOC, type, start);
        }

        LocalDate expiry() {
            return type.period().addTo(start);
        }

        LocalDate extendedExpiry() {
            return type.extensionPeriod().addTo(expiry());
        }

        /** The first instant at which the document is expired: the start of the day after its expiry date. */
        Instant expiredFrom() {
            return expiry().plusDays(1).atStartOfDay(zone).toInstant();
        }

        /** The first instant after the decision window: the start of the day after expiry + window. */
        Instant windowClosed() {
            return expiry().plusDays(windowDays + 1L).atStartOfDay(zone).toInstant();
        }

        ExtensionRequest requestedAt(Instant when) {
            return lifecycle().request(facts(), List.of(), "hr", "still needed", when, ContactChannel.TASK)
                    .request();
        }
    }

    private static final Gen<Case> CASES = Generate.pick(EXTENDABLE).zip(integers().between(0, 3000),
            Generate.pick(ZONES), integers().between(0, 60),
            (type, day, zone, window) -> new Case(type, BASE.plusDays(day), zone, window));

    private static Gen<Integer> minutes() {
        return integers().between(-SPREAD, SPREAD);
    }

    private static Instant plusMinutes(Instant instant, int minutes) {
        return instant.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void nothingExtendsOrAsksAfterExpiryAndEverythingDoesBefore() {
        qt().withExamples(3000).forAll(CASES, minutes()).checkAssert((c, offset) -> {
            Instant when = plusMinutes(c.expiredFrom(), offset);
            ExtensionLifecycle lifecycle = c.lifecycle();
            RetentionFacts facts = c.facts();
            if (!when.isBefore(c.expiredFrom())) {
                assertRefused(() -> lifecycle.request(facts, List.of(), "hr", "why", when, ContactChannel.TASK),
                        ExtensionRefusedException.Reason.EXPIRED);
                assertRefused(() -> lifecycle.consent(facts, "subject", when, ContactChannel.SURVEY),
                        ExtensionRefusedException.Reason.EXPIRED);
                assertRefused(() -> lifecycle.consentRequested(facts, "System", when, ContactChannel.SYSTEM, null),
                        ExtensionRefusedException.Reason.EXPIRED);
                assertRefused(() -> lifecycle.refuseConsent(facts, "subject", when, ContactChannel.SURVEY),
                        ExtensionRefusedException.Reason.EXPIRED);
            } else {
                assertThat(lifecycle.request(facts, List.of(), "hr", "why", when, ContactChannel.TASK).request()
                        .isPending()).isTrue();
                assertThat(lifecycle.consent(facts, "subject", when, ContactChannel.SURVEY).expiryDate())
                        .isEqualTo(c.extendedExpiry());
                assertThat(lifecycle.consentRequested(facts, "System", when, ContactChannel.SYSTEM, null).newExpiry())
                        .isEqualTo(c.expiry());
                assertThat(lifecycle.refuseConsent(facts, "subject", when, ContactChannel.SURVEY).expiryDate())
                        .isEqualTo(c.expiry());
            }
        });
    }

    @Test
    void aRequestFiledBeforeExpiryHoldsThePurgeThroughTheWindowAndThenLapses() {
        qt().withExamples(3000).forAll(CASES, integers().between(1, SPREAD), minutes()).checkAssert(
                (c, filedBefore, offset) -> {
                    ExtensionLifecycle lifecycle = c.lifecycle();
                    RetentionFacts facts = c.facts();
                    ExtensionRequest pending = c.requestedAt(plusMinutes(c.expiredFrom(), -filedBefore));
                    Instant now = plusMinutes(c.windowClosed(), offset);
                    boolean open = now.isBefore(c.windowClosed());

                    assertThat(lifecycle.holdsPurge(pending, facts, now)).isEqualTo(open);
                    assertThat(lifecycle.hasLapsed(pending, facts, now)).isEqualTo(!open);
                    if (open) {
                        assertRefused(() -> lifecycle.lapse(pending, facts, now),
                                ExtensionRefusedException.Reason.NOT_LAPSED);
                    } else {
                        ExtensionOutcome lapsed = lifecycle.lapse(pending, facts, now);
                        assertThat(lapsed.request().state()).isEqualTo(ExtensionState.LAPSED);
                        assertThat(lapsed.expiryDate()).isEqualTo(c.expiry());
                        assertThat(lapsed.facts()).isEqualTo(facts);
                        assertThat(lapsed.contactMoment().kind()).isEqualTo(ContactKind.EXTENSION_LAPSED);
                        assertThat(lifecycle.holdsPurge(lapsed.request(), facts, now)).isFalse();
                    }
                });
    }

    @Test
    void anApprovalInsideTheWindowExtendsFromTheOriginalExpiryAndIsRefusedAfterIt() {
        qt().withExamples(3000).forAll(CASES, integers().between(1, SPREAD), integers().between(0, 2 * SPREAD))
                .checkAssert((c, filedBefore, later) -> {
                    ExtensionRequest pending = c.requestedAt(plusMinutes(c.expiredFrom(), -filedBefore));
                    Instant when = plusMinutes(pending.requestedAt(), later);
                    Function<ExtensionLifecycle, ExtensionOutcome> approve = lifecycle -> lifecycle.approve(
                            pending.id(), List.of(pending), c.facts(), "officer", when, ContactChannel.TASK);

                    if (when.isBefore(c.windowClosed())) {
                        ExtensionOutcome approved = approve.apply(c.lifecycle());
                        assertThat(approved.expiryDate()).isEqualTo(c.extendedExpiry());
                        assertThat(approved.contactMoment().oldExpiry()).isEqualTo(c.expiry());
                        assertThat(approved.grantedExtensions()).containsExactly(c.type().extensionPeriod());
                    } else {
                        assertRefused(() -> approve.apply(c.lifecycle()),
                                ExtensionRefusedException.Reason.DECISION_WINDOW_PASSED);
                    }
                });
    }

    @Test
    void consentClosesThePendingRequestWithOneExtensionNotTwo() {
        qt().withExamples(3000).forAll(CASES, integers().between(1, SPREAD), integers().between(0, SPREAD))
                .checkAssert((c, filedBefore, later) -> {
                    ExtensionLifecycle lifecycle = c.lifecycle();
                    ExtensionRequest pending = c.requestedAt(plusMinutes(c.expiredFrom(), -filedBefore));
                    Instant when = plusMinutes(pending.requestedAt(), later);
                    if (!when.isBefore(c.expiredFrom())) {
                        assertRefused(() -> lifecycle.consent(c.facts(), "subject", when, ContactChannel.SURVEY,
                                pending), ExtensionRefusedException.Reason.EXPIRED);
                        return;
                    }
                    ExtensionOutcome consent = lifecycle.consent(c.facts(), "subject", when, ContactChannel.SURVEY,
                            pending);

                    assertThat(consent.grantedExtensions()).hasSize(1);
                    assertThat(consent.expiryDate()).isEqualTo(c.extendedExpiry());
                    assertThat(consent.request().state()).isEqualTo(ExtensionState.CLOSED_BY_CONSENT);
                    assertThat(lifecycle.holdsPurge(consent.request(), consent.facts(), when)).isFalse();
                    assertRefused(() -> lifecycle.approve(pending.id(), List.of(consent.request()), consent.facts(),
                            "officer", when, ContactChannel.TASK), ExtensionRefusedException.Reason.NOT_PENDING);
                });
    }

    /** How a request got decided first. */
    private enum FirstDecision { APPROVE, DENY, LAPSE, CONSENT }

    @Test
    void aDecidedRequestIsNeverDecidedAgainWhateverCopyIsPassed() {
        qt().withExamples(2000).forAll(CASES, integers().between(1, SPREAD), Generate.enumValues(FirstDecision.class),
                minutes()).checkAssert((c, filedBefore, first, offset) -> {
                    ExtensionLifecycle lifecycle = c.lifecycle();
                    RetentionFacts facts = c.facts();
                    ExtensionRequest staleCopy = c.requestedAt(plusMinutes(c.expiredFrom(), -filedBefore));
                    Instant at = staleCopy.requestedAt();
                    List<ExtensionRequest> stored = List.of(staleCopy);
                    ExtensionRequest decided = switch (first) {
                        case APPROVE -> lifecycle.approve(staleCopy.id(), stored, facts, "o", at, ContactChannel.TASK)
                                .request();
                        case DENY -> lifecycle.deny(staleCopy.id(), stored, facts, "o", at, null, ContactChannel.TASK)
                                .request();
                        case LAPSE -> lifecycle.lapse(staleCopy, facts, c.windowClosed()).request();
                        case CONSENT -> lifecycle.consent(facts, "s", at, ContactChannel.SURVEY, staleCopy).request();
                    };
                    Instant again = plusMinutes(c.windowClosed(), offset);
                    List<ExtensionRequest> nowStored = List.of(decided);

                    assertThat(decided.isPending()).isFalse();
                    assertRefused(() -> lifecycle.approve(staleCopy, nowStored, facts, "o2", again,
                            ContactChannel.API), ExtensionRefusedException.Reason.NOT_PENDING);
                    assertRefused(() -> lifecycle.deny(staleCopy, nowStored, facts, "o2", again, null,
                            ContactChannel.API), ExtensionRefusedException.Reason.NOT_PENDING);
                    assertRefused(() -> lifecycle.lapse(decided, facts, again),
                            ExtensionRefusedException.Reason.NOT_PENDING);
                    assertRefused(() -> lifecycle.consent(facts, "s", again, ContactChannel.SURVEY, decided),
                            ExtensionRefusedException.Reason.NOT_PENDING);
                    assertThat(lifecycle.holdsPurge(decided, facts, again)).isFalse();
                    assertThat(lifecycle.hasLapsed(decided, facts, again)).isFalse();
                });
    }

    @Test
    void everyMissingArgumentIsRefusedNamingTheField() {
        List<String> fields = List.of("facts", "when", "channel", "subject", "existingRequests", "stored",
                "requestId", "decidedBy", "pending", "now");
        qt().withExamples(500).forAll(CASES, Generate.pick(fields), minutes()).checkAssert((c, field, offset) -> {
            ExtensionLifecycle lifecycle = c.lifecycle();
            Instant when = plusMinutes(c.expiredFrom(), offset);
            ExtensionRequest pending = ExtensionRequest.pending("r", DOC, "hr", "why",
                    plusMinutes(c.expiredFrom(), -1));
            RetentionFacts facts = nullIf(field, "facts", c.facts());
            Instant at = nullIf(field, "when", when);
            ContactChannel channel = nullIf(field, "channel", ContactChannel.API);
            List<Runnable> steps = switch (field) {
                case "existingRequests" -> List.of(() -> lifecycle.request(c.facts(), null, "hr", "why", when,
                        ContactChannel.API));
                case "stored" -> List.of(
                        () -> lifecycle.approve("r", null, c.facts(), "o", when, ContactChannel.API),
                        () -> lifecycle.deny("r", null, c.facts(), "o", when, null, ContactChannel.API));
                case "requestId" -> List.of(
                        () -> lifecycle.approve((String) null, List.of(pending), c.facts(), "o", when,
                                ContactChannel.API),
                        () -> lifecycle.deny((String) null, List.of(pending), c.facts(), "o", when, null,
                                ContactChannel.API));
                case "decidedBy" -> List.of(
                        () -> lifecycle.approve("r", List.of(pending), c.facts(), null, when, ContactChannel.API),
                        () -> lifecycle.deny("r", List.of(pending), c.facts(), null, when, null,
                                ContactChannel.API));
                case "subject" -> List.of(
                        () -> lifecycle.consent(c.facts(), null, when, ContactChannel.API, pending),
                        () -> lifecycle.refuseConsent(c.facts(), null, when, ContactChannel.API));
                case "pending" -> List.of(() -> lifecycle.holdsPurge(null, c.facts(), when),
                        () -> lifecycle.hasLapsed(null, c.facts(), when), () -> lifecycle.lapse(null, c.facts(), when));
                case "now" -> List.of(() -> lifecycle.holdsPurge(pending, c.facts(), null),
                        () -> lifecycle.hasLapsed(pending, c.facts(), null));
                default -> List.of(
                        () -> lifecycle.request(facts, List.of(), "hr", "why", at, channel),
                        () -> lifecycle.approve("r", List.of(pending), facts, "o", at, channel),
                        () -> lifecycle.deny("r", List.of(pending), facts, "o", at, null, channel),
                        () -> lifecycle.consent(facts, "s", at, channel, pending),
                        () -> lifecycle.refuseConsent(facts, "s", at, channel),
                        () -> lifecycle.consentRequested(facts, "System", at, channel, null));
            };
            for (Runnable step : steps) {
                assertThatThrownBy(step::run).isInstanceOfSatisfying(InvalidRetentionInputException.class,
                        e -> assertThat(e.field()).isEqualTo(field));
            }
        });
    }

    private static <T> T nullIf(String field, String name, T value) {
        return field.equals(name) ? null : value;
    }

    private static void assertRefused(Runnable step, ExtensionRefusedException.Reason reason) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ExtensionRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
