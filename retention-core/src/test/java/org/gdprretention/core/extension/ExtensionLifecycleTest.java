package org.gdprretention.core.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExtensionLifecycleTest {

    private static final RetentionCatalogue CATALOGUE = DefaultRetentionTypes.netherlands();
    private static final DocumentId DOC = DocumentId.of("workspace://SpacesStore/personnel-1");
    private static final LocalDate END_OF_EMPLOYMENT = LocalDate.of(2023, 5, 31);
    // PERSONNEL_FILE: P2Y from the end of employment, extendable three times by P1Y.
    private static final LocalDate EXPIRY = LocalDate.of(2025, 5, 31);
    private static final Instant T1 = Instant.parse("2025-05-01T09:00:00Z");
    private static final Instant T2 = Instant.parse("2025-05-02T10:00:00Z");
    // APPLICATION: P4W from the end of the procedure, so this one is kept through 2025-05-18, after T1 and T2.
    private static final LocalDate END_OF_PROCEDURE = LocalDate.of(2025, 4, 20);

    private final AtomicInteger ids = new AtomicInteger();
    private ExtensionLifecycle lifecycle;
    private RetentionFacts personnelFile;

    @BeforeEach
    void setUp() {
        lifecycle = new ExtensionLifecycle(new ExpiryCalculator(), () -> "req-" + ids.incrementAndGet());
        personnelFile = RetentionFacts.of(DOC, CATALOGUE.require("PERSONNEL_FILE"), END_OF_EMPLOYMENT);
    }

    private ExtensionRequest requested() {
        return lifecycle.request(personnelFile, List.of(), "hr.officer", "Pending court case", T1,
                ContactChannel.TASK).request();
    }

    @Test
    void aRequestIsPendingAndRecordedAsAContactMomentWithoutChangingTheExpiry() {
        ExtensionOutcome outcome = lifecycle.request(personnelFile, List.of(), " hr.officer ", "Pending court case",
                T1, ContactChannel.TASK);

        assertThat(outcome.request()).isEqualTo(ExtensionRequest.pending("req-1", DOC, "hr.officer",
                "Pending court case", T1));
        assertThat(outcome.expiryDate()).isEqualTo(EXPIRY);
        assertThat(outcome.grantedExtensions()).isEmpty();
        assertThat(outcome.contactMoment()).isEqualTo(new ContactMoment(DOC, ContactKind.EXTENSION_REQUESTED,
                ContactChannel.TASK, "hr.officer", T1, EXPIRY, EXPIRY, "Pending court case"));
        assertThat(outcome.contactMoment().changedExpiry()).isFalse();
    }

    @Test
    void approvalGrantsTheTypesExtensionPeriodAndMovesTheExpiry() {
        ExtensionOutcome outcome = approveStored(requested(), personnelFile, "gdpr.officer", T2,
                ContactChannel.API);

        assertThat(outcome.request().state()).isEqualTo(ExtensionState.APPROVED);
        assertThat(outcome.request().decidedBy()).isEqualTo("gdpr.officer");
        assertThat(outcome.request().decidedAt()).isEqualTo(T2);
        assertThat(outcome.grantedExtensions()).containsExactly(RetentionPeriod.ONE_YEAR);
        assertThat(outcome.expiryDate()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(outcome.contactMoment()).isEqualTo(new ContactMoment(DOC, ContactKind.EXTENSION_APPROVED,
                ContactChannel.API, "gdpr.officer", T2, EXPIRY, LocalDate.of(2026, 5, 31), "Pending court case"));
    }

    @Test
    void denialClosesTheRequestAndKeepsTheExpiry() {
        ExtensionOutcome outcome = denyStored(requested(), personnelFile, "gdpr.officer", T2,
                "No legal ground", ContactChannel.TASK);

        assertThat(outcome.request().state()).isEqualTo(ExtensionState.DENIED);
        assertThat(outcome.request().decisionNote()).isEqualTo("No legal ground");
        assertThat(outcome.facts()).isEqualTo(personnelFile);
        assertThat(outcome.contactMoment()).isEqualTo(new ContactMoment(DOC, ContactKind.EXTENSION_DENIED,
                ContactChannel.TASK, "gdpr.officer", T2, EXPIRY, EXPIRY, "No legal ground"));
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgain() {
        ExtensionRequest approved = approveStored(requested(), personnelFile, "gdpr.officer", T2,
                ContactChannel.TASK).request();

        assertRefused(() -> approveStored(approved, personnelFile, "gdpr.officer", T2, ContactChannel.TASK),
                ExtensionRefusedException.Reason.NOT_PENDING);
        assertRefused(() -> denyStored(approved, personnelFile, "gdpr.officer", T2, null, ContactChannel.TASK),
                ExtensionRefusedException.Reason.NOT_PENDING);
    }

    @Test
    void aSecondRequestWhileOneIsPendingIsRefused() {
        ExtensionRequest pending = requested();

        assertThatThrownBy(() -> lifecycle.request(personnelFile, List.of(pending), "someone.else", "Another reason",
                T2, ContactChannel.TASK))
                .isInstanceOf(ExtensionRefusedException.class)
                .hasMessage("Extension refused for document 'workspace://SpacesStore/personnel-1': an extension "
                        + "request is already waiting for a decision (request req-1 by hr.officer)");
    }

    @Test
    void decidedRequestsAndOtherDocumentsRequestsDoNotBlockANewRequest() {
        ExtensionRequest denied = denyStored(requested(), personnelFile, "gdpr.officer", T2, null,
                ContactChannel.TASK).request();
        ExtensionRequest otherDocument = ExtensionRequest.pending("req-x", DocumentId.of("other"), "a", "b", T1);

        ExtensionOutcome again = lifecycle.request(personnelFile, List.of(denied, otherDocument), "hr.officer",
                "Court case continues", T2, ContactChannel.TASK);

        assertThat(again.request().isPending()).isTrue();
    }

    @Test
    void aTypeThatIsNotExtendableRefusesRequestsAndConsent() {
        RetentionFacts payroll = RetentionFacts.of(DOC, CATALOGUE.require("PAYROLL"), END_OF_EMPLOYMENT);

        assertRefused(() -> lifecycle.request(payroll, List.of(), "hr", "why", T1, ContactChannel.TASK),
                ExtensionRefusedException.Reason.NOT_EXTENDABLE);
        assertRefused(() -> lifecycle.consent(payroll, "subject-1", T1, ContactChannel.SURVEY),
                ExtensionRefusedException.Reason.NOT_EXTENDABLE);
    }

    @Test
    void theMaximumNumberOfExtensionsIsEnforcedOnRequestApprovalAndConsent() {
        RetentionFacts application = RetentionFacts.of(DOC, CATALOGUE.require("APPLICATION"), END_OF_PROCEDURE);
        ExtensionRequest early = lifecycle.request(application, List.of(), "hr", "Suitable for a later vacancy", T1,
                ContactChannel.TASK).request();
        RetentionFacts onceExtended = lifecycle.consent(application, "subject-1", T1, ContactChannel.SURVEY).facts();

        assertRefused(() -> lifecycle.request(onceExtended, List.of(), "hr", "again", T2, ContactChannel.TASK),
                ExtensionRefusedException.Reason.MAX_EXTENSIONS_REACHED);
        assertRefused(() -> approveStored(early, onceExtended, "gdpr.officer", T2, ContactChannel.TASK),
                ExtensionRefusedException.Reason.MAX_EXTENSIONS_REACHED);
        assertRefused(() -> lifecycle.consent(onceExtended, "subject-1", T2, ContactChannel.SURVEY),
                ExtensionRefusedException.Reason.MAX_EXTENSIONS_REACHED);
    }

    @Test
    void anApplicationKeptWithConsentExpiresAYearAfterTheProcedureEnded() {
        RetentionFacts application = RetentionFacts.of(DOC, CATALOGUE.require("APPLICATION"), END_OF_PROCEDURE);

        ExtensionOutcome outcome = lifecycle.consent(application, "subject-1", T1, ContactChannel.SURVEY);

        assertThat(outcome.expiryDate()).isEqualTo(END_OF_PROCEDURE.plusWeeks(52));
        assertThat(outcome.grantedExtensions()).containsExactly(RetentionPeriod.parse("P48W"));
    }

    @Test
    void consentExtendsAtOnceWithoutARequest() {
        ExtensionOutcome outcome = lifecycle.consent(personnelFile, "subject-42", T1, ContactChannel.SURVEY);

        assertThat(outcome.request()).isNull();
        assertThat(outcome.expiryDate()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(outcome.contactMoment()).isEqualTo(new ContactMoment(DOC, ContactKind.CONSENT_GIVEN,
                ContactChannel.SURVEY, "subject-42", T1, EXPIRY, LocalDate.of(2026, 5, 31), null));
    }

    @Test
    void refusedConsentIsRecordedWithoutChange() {
        ExtensionOutcome outcome = lifecycle.refuseConsent(personnelFile, "subject-42", T1, ContactChannel.SURVEY);

        assertThat(outcome.facts()).isEqualTo(personnelFile);
        assertThat(outcome.contactMoment().kind()).isEqualTo(ContactKind.CONSENT_REFUSED);
        assertThat(outcome.contactMoment().changedExpiry()).isFalse();
    }

    @Test
    void sendingAConsentRequestIsAContactMomentAtTheCurrentExpiry() {
        ContactMoment moment = lifecycle.consentRequested(personnelFile, "system", T1, ContactChannel.SURVEY,
                "e-mail sent");

        assertThat(moment).isEqualTo(new ContactMoment(DOC, ContactKind.CONSENT_REQUESTED, ContactChannel.SURVEY,
                "system", T1, EXPIRY, EXPIRY, "e-mail sent"));
    }

    @Test
    void aDocumentWhoseRetentionHasNotStartedCannotBeExtended() {
        RetentionFacts pending = personnelFile.withStartDate(null);

        assertRefused(() -> lifecycle.request(pending, List.of(), "hr", "why", T1, ContactChannel.TASK),
                ExtensionRefusedException.Reason.START_PENDING);
        assertRefused(() -> lifecycle.consent(pending, "subject-1", T1, ContactChannel.SURVEY),
                ExtensionRefusedException.Reason.START_PENDING);
    }

    @Test
    void aPurgedDocumentRefusesEveryStepThatWouldChangeIt() {
        ExtensionRequest pending = requested();
        RetentionFacts purged = personnelFile.withPurged(true);

        assertRefused(() -> lifecycle.request(purged, List.of(), "hr", "why", T1, ContactChannel.TASK),
                ExtensionRefusedException.Reason.PURGED);
        assertRefused(() -> approveStored(pending, purged, "gdpr.officer", T2, ContactChannel.TASK),
                ExtensionRefusedException.Reason.PURGED);
        assertRefused(() -> denyStored(pending, purged, "gdpr.officer", T2, "too late", ContactChannel.TASK),
                ExtensionRefusedException.Reason.PURGED);
        assertRefused(() -> lifecycle.consent(purged, "subject-1", T1, ContactChannel.SURVEY),
                ExtensionRefusedException.Reason.PURGED);
        assertRefused(() -> lifecycle.refuseConsent(purged, "subject-1", T1, ContactChannel.SURVEY),
                ExtensionRefusedException.Reason.PURGED);
    }

    @Test
    void approvalUsesTheExtensionPeriodValidAtApprovalAndLaterTypeChangesLeaveItAlone() {
        ExtensionRequest pending = requested();
        RetentionFacts withSixMonths = personnelFile.withType(
                personnelFile.type().toBuilder().extensionPeriod("P6M").build());

        ExtensionOutcome approved = approveStored(pending, withSixMonths, "gdpr.officer", T2, ContactChannel.TASK);
        RetentionFacts afterAnotherChange = approved.facts().withType(
                withSixMonths.type().toBuilder().extensionPeriod("P2Y").build());

        assertThat(approved.expiryDate()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(afterAnotherChange.grantedExtensions()).containsExactly(RetentionPeriod.parse("P6M"));
    }

    @Test
    void aRequestForAnotherDocumentIsRefusedNamingTheDocument() {
        ExtensionRequest pending = requested();
        RetentionFacts other = RetentionFacts.of(DocumentId.of("other-doc"), personnelFile.type(), END_OF_EMPLOYMENT);

        assertThatThrownBy(() -> approveStored(pending, other, "gdpr.officer", T2, ContactChannel.TASK))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid documentId 'other-doc': request req-1 is for document");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void blankPeopleAndReasonsAreRefusedByFieldName(String blank) {
        assertInvalid(() -> lifecycle.request(personnelFile, List.of(), blank, "why", T1, ContactChannel.TASK),
                "requestedBy", blank);
        assertInvalid(() -> lifecycle.request(personnelFile, List.of(), "hr", blank, T1, ContactChannel.TASK),
                "reason", blank);
        assertInvalid(() -> approveStored(requested(), personnelFile, blank, T2, ContactChannel.TASK),
                "decidedBy", blank);
        assertInvalid(() -> denyStored(requested(), personnelFile, blank, T2, "n", ContactChannel.TASK),
                "decidedBy", blank);
        assertInvalid(() -> lifecycle.consent(personnelFile, blank, T1, ContactChannel.SURVEY), "subject", blank);
    }

    @Test
    void anOverlongReasonIsRefused() {
        String essay = "x".repeat(Texts.MAX_LENGTH + 1);

        assertThatThrownBy(() -> lifecycle.request(personnelFile, List.of(), "hr", essay, T1, ContactChannel.TASK))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid reason '" + "x".repeat(40) + "...': must not be longer than 2000 characters "
                        + "(was 2001)");
    }

    private ExtensionOutcome approveStored(ExtensionRequest stored, RetentionFacts facts, String by, Instant when,
            ContactChannel channel) {
        return lifecycle.approve(stored.id(), List.of(stored), facts, by, when, channel);
    }

    private ExtensionOutcome denyStored(ExtensionRequest stored, RetentionFacts facts, String by, Instant when,
            String note, ContactChannel channel) {
        return lifecycle.deny(stored.id(), List.of(stored), facts, by, when, note, channel);
    }

    private static void assertRefused(Runnable step, ExtensionRefusedException.Reason reason) {
        assertThatThrownBy(step::run)
                .isInstanceOf(ExtensionRefusedException.class)
                .hasMessageStartingWith("Extension refused for document '" + DOC + "': " + reason.explanation())
                .satisfies(e -> assertThat(((ExtensionRefusedException) e).reason()).isEqualTo(reason));
    }

    private static void assertInvalid(Runnable step, String field, String value) {
        assertThatThrownBy(step::run)
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid " + field + " '" + value + "': must not be blank");
    }
}
