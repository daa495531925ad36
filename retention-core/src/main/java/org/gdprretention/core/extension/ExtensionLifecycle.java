package org.gdprretention.core.extension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Supplier;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionFacts;

/**
 * The rules of extending a document's retention, as pure functions: request, approve or deny, the data subject's
 * consent, which extends at once, and the lapse of a request nobody decided on. Nothing is stored here; every step
 * returns what the adapter must store, including the contact moment that proves it.
 *
 * <p>The product decisions:
 * <ul>
 *   <li>No extension after expiry: once a document has expired (from the day after its expiry date), requests,
 *       consent and approvals are refused ({@link ExtensionRefusedException.Reason#EXPIRED}), so an expired
 *       document never comes back to life.</li>
 *   <li>Except: a request filed before expiry holds the purge while it is pending, through the expiry date plus
 *       the decision window; an approval inside that window extends from the original expiry. After the window
 *       the request {@link #lapse lapses} and the document is purgeable.</li>
 *   <li>Consent closes a pending request on the same document: one extension, not two.</li>
 *   <li>A decided request is never decided again: decisions look the request up among the stored requests, so a
 *       stale copy in the caller's hands cannot decide it twice.</li>
 * </ul>
 *
 * <p>Limits are checked again at every decision, because the type or the document may have changed since the
 * request was made. Bad input, nulls included, is refused with {@link InvalidRetentionInputException} naming
 * the field.
 */
public final class ExtensionLifecycle {

    /** How long after expiry a request filed before expiry may still be decided, unless configured otherwise. */
    public static final Period DEFAULT_DECISION_WINDOW = Period.ofDays(30);

    /** The actor of steps the repository takes by itself (ACS's system user name). */
    public static final String SYSTEM_ACTOR = "System";

    private final ExpiryCalculator calculator;
    private final Supplier<String> requestIds;
    private final DecisionWindow window;

    /** A lifecycle that gives requests random UUIDs and has the default decision window. */
    public ExtensionLifecycle(ExpiryCalculator calculator) {
        this(calculator, () -> UUID.randomUUID().toString());
    }

    /** A lifecycle with the default decision window. */
    public ExtensionLifecycle(ExpiryCalculator calculator, Supplier<String> requestIds) {
        this(calculator, requestIds, DEFAULT_DECISION_WINDOW);
    }

    /**
     * @param decisionWindow how long after the expiry date a request filed before expiry holds the purge and may
     *                       still be approved; zero or more
     */
    public ExtensionLifecycle(ExpiryCalculator calculator, Supplier<String> requestIds, Period decisionWindow) {
        this.calculator = InvalidRetentionInputException.requirePresent("calculator", calculator);
        this.requestIds = InvalidRetentionInputException.requirePresent("requestIds", requestIds);
        this.window = new DecisionWindow(calculator, decisionWindow);
    }

    public Period decisionWindow() {
        return window.length();
    }

    /**
     * Asks for an extension. Refused when the document is purged, the type does not allow another extension, the
     * document's retention has not started or has expired at {@code when}, or one of {@code existingRequests} for
     * the document is still pending.
     */
    public ExtensionOutcome request(RetentionFacts facts, Collection<ExtensionRequest> existingRequests,
            String requestedBy, String reason, Instant when, ContactChannel channel) {
        String who = Texts.required("requestedBy", requestedBy);
        String why = Texts.required("reason", reason);
        requireStep(facts, when, channel);
        InvalidRetentionInputException.requirePresent("existingRequests", existingRequests);
        checkExtensible(facts);
        LocalDate expiry = currentExpiry(facts);
        checkNotExpired(facts, expiry, when);
        for (ExtensionRequest existing : existingRequests) {
            if (existing == null) {
                throw new InvalidRetentionInputException("existingRequests", null, "must not contain null");
            }
            if (existing.isPending() && existing.documentId().equals(facts.documentId())) {
                throw new ExtensionRefusedException(ExtensionRefusedException.Reason.REQUEST_PENDING,
                        facts.documentId(), "request " + existing.id() + " by " + existing.requestedBy());
            }
        }
        String id = Texts.required("requestId", requestIds.get());
        ExtensionRequest request = ExtensionRequest.pending(id, facts.documentId(), who, why, when);
        ContactMoment moment = new ContactMoment(facts.documentId(), ContactKind.EXTENSION_REQUESTED, channel, who,
                when, expiry, expiry, why);
        return new ExtensionOutcome(request, facts, expiry, moment);
    }

    /**
     * Grants the type's current extension period on the stored request with id {@code requestId}, counted from
     * the document's expiry date. Allowed before expiry, and after it only for a request filed before expiry and
     * only through the decision window ({@link ExtensionRefusedException.Reason#DECISION_WINDOW_PASSED}).
     *
     * @param stored the requests as stored for the document; the one with {@code requestId} is decided, so a
     *               decided request is refused ({@link ExtensionRefusedException.Reason#NOT_PENDING}) whatever
     *               copy of it the caller holds
     */
    public ExtensionOutcome approve(String requestId, Collection<ExtensionRequest> stored, RetentionFacts facts,
            String decidedBy, Instant when, ContactChannel channel) {
        String who = Texts.required("decidedBy", decidedBy);
        requireStep(facts, when, channel);
        ExtensionRequest request = storedPending(requestId, stored, facts);
        checkExtensible(facts);
        LocalDate expiry = currentExpiry(facts);
        checkApprovable(request, facts, expiry, when);
        ExtensionRequest approved = request.decided(ExtensionState.APPROVED, who, when, null);
        return extend(facts, approved, ContactKind.EXTENSION_APPROVED, channel, who, when, request.reason());
    }

    /** {@link #approve(String, Collection, RetentionFacts, String, Instant, ContactChannel)} of the stored
     * version of {@code request}: only its id is used. */
    public ExtensionOutcome approve(ExtensionRequest request, Collection<ExtensionRequest> stored,
            RetentionFacts facts, String decidedBy, Instant when, ContactChannel channel) {
        return approve(InvalidRetentionInputException.requirePresent("request", request).id(), stored, facts,
                decidedBy, when, channel);
    }

    /**
     * Turns the stored request with id {@code requestId} down; the expiry stays as it is. Allowed after expiry
     * too (it only closes the request), but not on a purged document.
     */
    public ExtensionOutcome deny(String requestId, Collection<ExtensionRequest> stored, RetentionFacts facts,
            String decidedBy, Instant when, String note, ContactChannel channel) {
        String who = Texts.required("decidedBy", decidedBy);
        requireStep(facts, when, channel);
        ExtensionRequest request = storedPending(requestId, stored, facts);
        checkNotPurged(facts);
        ExtensionRequest denied = request.decided(ExtensionState.DENIED, who, when, note);
        LocalDate expiry = currentExpiry(facts);
        ContactMoment moment = new ContactMoment(facts.documentId(), ContactKind.EXTENSION_DENIED, channel, who, when,
                expiry, expiry, denied.decisionNote());
        return new ExtensionOutcome(denied, facts, expiry, moment);
    }

    /** {@link #deny(String, Collection, RetentionFacts, String, Instant, String, ContactChannel)} of the stored
     * version of {@code request}: only its id is used. */
    public ExtensionOutcome deny(ExtensionRequest request, Collection<ExtensionRequest> stored, RetentionFacts facts,
            String decidedBy, Instant when, String note, ContactChannel channel) {
        return deny(InvalidRetentionInputException.requirePresent("request", request).id(), stored, facts, decidedBy,
                when, note, channel);
    }

    /** The data subject agreed while no request is pending: see {@link #consent(RetentionFacts, String, Instant,
     * ContactChannel, ExtensionRequest)}. */
    public ExtensionOutcome consent(RetentionFacts facts, String subject, Instant when, ContactChannel channel) {
        return consent(facts, subject, when, channel, null);
    }

    /**
     * The data subject agreed: the extension is granted at once, within the same limits as a request and only
     * before expiry. A request pending on the same document is closed by it ({@link
     * ExtensionState#CLOSED_BY_CONSENT}), so the document gets one extension, not two.
     *
     * @param pendingOrNull the request pending on the document as stored, or {@code null} when none is
     */
    public ExtensionOutcome consent(RetentionFacts facts, String subject, Instant when, ContactChannel channel,
            ExtensionRequest pendingOrNull) {
        String who = Texts.required("subject", subject);
        requireStep(facts, when, channel);
        if (pendingOrNull != null) {
            checkPendingFor(pendingOrNull, facts);
        }
        checkExtensible(facts);
        checkNotExpired(facts, currentExpiry(facts), when);
        ExtensionRequest closed = pendingOrNull == null ? null
                : pendingOrNull.decided(ExtensionState.CLOSED_BY_CONSENT, who, when, null);
        return extend(facts, closed, ContactKind.CONSENT_GIVEN, channel, who, when, null);
    }

    /** The data subject declined: recorded, nothing else changes. Refused once the document has expired. */
    public ExtensionOutcome refuseConsent(RetentionFacts facts, String subject, Instant when, ContactChannel channel) {
        String who = Texts.required("subject", subject);
        requireStep(facts, when, channel);
        checkNotPurged(facts);
        LocalDate expiry = currentExpiry(facts);
        checkNotExpired(facts, expiry, when);
        ContactMoment moment = new ContactMoment(facts.documentId(), ContactKind.CONSENT_REFUSED, channel, who, when,
                expiry, expiry, null);
        return new ExtensionOutcome(null, facts, expiry, moment);
    }

    /**
     * The contact moment for a consent request sent to the data subject by {@code sender} (e.g. the job). Refused
     * once the document has expired: there is nothing left to consent to.
     */
    public ContactMoment consentRequested(RetentionFacts facts, String sender, Instant when, ContactChannel channel,
            String note) {
        String who = Texts.required("sender", sender);
        requireStep(facts, when, channel);
        checkNotPurged(facts);
        LocalDate expiry = currentExpiry(facts);
        checkNotExpired(facts, expiry, when);
        return new ContactMoment(facts.documentId(), ContactKind.CONSENT_REQUESTED, channel, who, when, expiry, expiry,
                note);
    }

    /**
     * Whether {@code pending} keeps the document from being purged at {@code now}: it is still pending, it was
     * filed before the document expired, and the decision window (expiry date plus the window, through the end of
     * that day) has not passed. A decided request, or one filed after expiry, holds nothing.
     */
    public boolean holdsPurge(ExtensionRequest pending, RetentionFacts facts, Instant now) {
        requireAssessment(pending, facts, "now", now);
        if (!pending.isPending() || facts.purged()) {
            return false;
        }
        LocalDate expiry = currentExpiry(facts);
        return filedBeforeExpiry(pending, expiry) && window.open(expiry, now);
    }

    /** Whether {@link #lapse} would close {@code pending} at {@code now}: pending, and its window has passed. */
    public boolean hasLapsed(ExtensionRequest pending, RetentionFacts facts, Instant now) {
        requireAssessment(pending, facts, "now", now);
        return pending.isPending() && !facts.purged() && !window.open(currentExpiry(facts), now);
    }

    /**
     * Closes a request nobody decided on within the decision window: state {@link ExtensionState#LAPSED}, a
     * contact moment {@link ContactKind#EXTENSION_LAPSED} by {@link #SYSTEM_ACTOR} over channel
     * {@link ContactChannel#SYSTEM}, the expiry unchanged. Refused ({@link ExtensionRefusedException.Reason#NOT_LAPSED})
     * while the window is open.
     */
    public ExtensionOutcome lapse(ExtensionRequest pending, RetentionFacts facts, Instant when) {
        requireAssessment(pending, facts, "when", when);
        checkPendingFor(pending, facts);
        checkNotPurged(facts);
        LocalDate expiry = currentExpiry(facts);
        if (window.open(expiry, when)) {
            throw new ExtensionRefusedException(ExtensionRefusedException.Reason.NOT_LAPSED, facts.documentId(),
                    expiry == null ? "its retention has not started"
                            : "it may be decided through " + expiry.plus(window.length()));
        }
        String note = "No decision within " + window.length() + " after the expiry date " + expiry;
        ExtensionRequest lapsed = pending.decided(ExtensionState.LAPSED, SYSTEM_ACTOR, when, note);
        ContactMoment moment = new ContactMoment(facts.documentId(), ContactKind.EXTENSION_LAPSED,
                ContactChannel.SYSTEM, SYSTEM_ACTOR, when, expiry, expiry, note);
        return new ExtensionOutcome(lapsed, facts, expiry, moment);
    }

    private ExtensionOutcome extend(RetentionFacts facts, ExtensionRequest request, ContactKind kind,
            ContactChannel channel, String who, Instant when, String note) {
        LocalDate oldExpiry = currentExpiry(facts);
        RetentionFacts extended = facts.withGrantedExtension(facts.type().extensionPeriod());
        LocalDate newExpiry = currentExpiry(extended);
        ContactMoment moment = new ContactMoment(facts.documentId(), kind, channel, who, when, oldExpiry, newExpiry,
                note);
        return new ExtensionOutcome(request, extended, newExpiry, moment);
    }

    private LocalDate currentExpiry(RetentionFacts facts) {
        return facts.startKnown()
                ? calculator.expiryDate(facts.startDate(), facts.type().period(), facts.grantedExtensions())
                : null;
    }

    private boolean filedBeforeExpiry(ExtensionRequest request, LocalDate expiry) {
        return !window.expired(expiry, request.requestedAt());
    }

    private void checkNotExpired(RetentionFacts facts, LocalDate expiry, Instant when) {
        if (window.expired(expiry, when)) {
            throw new ExtensionRefusedException(ExtensionRefusedException.Reason.EXPIRED, facts.documentId(),
                    "kept through " + expiry);
        }
    }

    /** Before expiry always; after it only for a request filed before expiry, through the decision window. */
    private void checkApprovable(ExtensionRequest request, RetentionFacts facts, LocalDate expiry, Instant when) {
        if (!window.expired(expiry, when)) {
            return;
        }
        if (!filedBeforeExpiry(request, expiry)) {
            throw new ExtensionRefusedException(ExtensionRefusedException.Reason.EXPIRED, facts.documentId(),
                    "kept through " + expiry + "; request " + request.id() + " was filed after that");
        }
        if (!window.open(expiry, when)) {
            throw new ExtensionRefusedException(ExtensionRefusedException.Reason.DECISION_WINDOW_PASSED,
                    facts.documentId(), "request " + request.id() + " could be decided through "
                            + expiry.plus(window.length()));
        }
    }

    private static void checkExtensible(RetentionFacts facts) {
        checkNotPurged(facts);
        RetentionType type = facts.type();
        if (!type.extendable()) {
            throw new ExtensionRefusedException(ExtensionRefusedException.Reason.NOT_EXTENDABLE, facts.documentId(),
                    "type " + type.code());
        }
        int granted = facts.grantedExtensions().size();
        if (!type.allowsAnotherExtension(granted)) {
            throw new ExtensionRefusedException(ExtensionRefusedException.Reason.MAX_EXTENSIONS_REACHED,
                    facts.documentId(), granted + " of " + type.maxExtensions() + " granted");
        }
        if (!facts.startKnown()) {
            throw new ExtensionRefusedException(ExtensionRefusedException.Reason.START_PENDING, facts.documentId(),
                    null);
        }
    }

    private static void checkNotPurged(RetentionFacts facts) {
        if (facts.purged()) {
            throw new ExtensionRefusedException(ExtensionRefusedException.Reason.PURGED, facts.documentId(), null);
        }
    }

    /** The stored request with this id, which must be for the document and still pending. */
    private static ExtensionRequest storedPending(String requestId, Collection<ExtensionRequest> stored,
            RetentionFacts facts) {
        String id = Texts.required("requestId", requestId);
        InvalidRetentionInputException.requirePresent("stored", stored);
        ExtensionRequest found = null;
        for (ExtensionRequest candidate : stored) {
            if (candidate == null) {
                throw new InvalidRetentionInputException("stored", null, "must not contain null");
            }
            if (candidate.id().equals(id)) {
                if (found != null) {
                    throw new InvalidRetentionInputException("requestId", id,
                            "appears more than once among the stored requests");
                }
                found = candidate;
            }
        }
        if (found == null) {
            throw new InvalidRetentionInputException("requestId", id,
                    "is not among the stored requests of document " + facts.documentId());
        }
        checkPendingFor(found, facts);
        return found;
    }

    private static void checkPendingFor(ExtensionRequest request, RetentionFacts facts) {
        if (!request.documentId().equals(facts.documentId())) {
            throw new InvalidRetentionInputException("documentId", facts.documentId(),
                    "request " + request.id() + " is for document " + request.documentId());
        }
        if (!request.isPending()) {
            throw new ExtensionRefusedException(ExtensionRefusedException.Reason.NOT_PENDING, facts.documentId(),
                    "request " + request.id() + " is " + request.state());
        }
    }

    private static void requireStep(RetentionFacts facts, Instant when, ContactChannel channel) {
        InvalidRetentionInputException.requirePresent("facts", facts);
        InvalidRetentionInputException.requirePresent("when", when);
        InvalidRetentionInputException.requirePresent("channel", channel);
    }

    private static void requireAssessment(ExtensionRequest pending, RetentionFacts facts, String timeField,
            Instant time) {
        InvalidRetentionInputException.requirePresent("pending", pending);
        InvalidRetentionInputException.requirePresent("facts", facts);
        InvalidRetentionInputException.requirePresent(timeField, time);
        if (!pending.documentId().equals(facts.documentId())) {
            throw new InvalidRetentionInputException("documentId", facts.documentId(),
                    "request " + pending.id() + " is for document " + pending.documentId());
        }
    }
}
