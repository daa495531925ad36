package org.gdprretention.core.extension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionFacts;

/**
 * The rules of extending a document's retention, as pure functions: request, approve or deny, and the data
 * subject's consent, which extends at once. Nothing is stored here; every step returns what the adapter must
 * store, including the contact moment that proves it.
 *
 * <p>Limits are checked again at every decision, because the type or the document may have changed since the
 * request was made.
 */
public final class ExtensionLifecycle {

    private final ExpiryCalculator calculator;
    private final Supplier<String> requestIds;

    /** A lifecycle that gives requests random UUIDs. */
    public ExtensionLifecycle(ExpiryCalculator calculator) {
        this(calculator, () -> UUID.randomUUID().toString());
    }

    public ExtensionLifecycle(ExpiryCalculator calculator, Supplier<String> requestIds) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.requestIds = Objects.requireNonNull(requestIds, "requestIds");
    }

    /**
     * Asks for an extension. Refused when the type does not allow another extension, the document's retention has
     * not started or it is purged, or one of {@code existingRequests} for the document is still pending.
     */
    public ExtensionOutcome request(RetentionFacts facts, Collection<ExtensionRequest> existingRequests,
            String requestedBy, String reason, Instant when, ContactChannel channel) {
        String who = Texts.required("requestedBy", requestedBy);
        String why = Texts.required("reason", reason);
        requireMoment(when, channel);
        checkExtensible(facts);
        for (ExtensionRequest existing : existingRequests) {
            if (existing.isPending() && existing.documentId().equals(facts.documentId())) {
                throw new ExtensionRefusedException(ExtensionRefusedException.Reason.REQUEST_PENDING,
                        facts.documentId(), "request " + existing.id() + " by " + existing.requestedBy());
            }
        }
        ExtensionRequest request = ExtensionRequest.pending(requestIds.get(), facts.documentId(), who, why, when);
        LocalDate expiry = currentExpiry(facts);
        ContactMoment moment = new ContactMoment(facts.documentId(), ContactKind.EXTENSION_REQUESTED, channel, who,
                when, expiry, expiry, why);
        return new ExtensionOutcome(request, facts, expiry, moment);
    }

    /** Grants the type's current extension period on a pending request. */
    public ExtensionOutcome approve(ExtensionRequest request, RetentionFacts facts, String decidedBy, Instant when,
            ContactChannel channel) {
        String who = Texts.required("decidedBy", decidedBy);
        requireMoment(when, channel);
        checkDecidable(request, facts);
        checkExtensible(facts);
        ExtensionRequest approved = request.decided(ExtensionState.APPROVED, who, when, null);
        return extend(facts, approved, ContactKind.EXTENSION_APPROVED, channel, who, when, request.reason());
    }

    /** Turns a pending request down; the expiry stays as it is. */
    public ExtensionOutcome deny(ExtensionRequest request, RetentionFacts facts, String decidedBy, Instant when,
            String note, ContactChannel channel) {
        String who = Texts.required("decidedBy", decidedBy);
        requireMoment(when, channel);
        checkDecidable(request, facts);
        ExtensionRequest denied = request.decided(ExtensionState.DENIED, who, when, note);
        LocalDate expiry = currentExpiry(facts);
        ContactMoment moment = new ContactMoment(facts.documentId(), ContactKind.EXTENSION_DENIED, channel, who, when,
                expiry, expiry, denied.decisionNote());
        return new ExtensionOutcome(denied, facts, expiry, moment);
    }

    /** The data subject agreed: the extension is granted at once, within the same limits as a request. */
    public ExtensionOutcome consent(RetentionFacts facts, String subject, Instant when, ContactChannel channel) {
        String who = Texts.required("subject", subject);
        requireMoment(when, channel);
        checkExtensible(facts);
        return extend(facts, null, ContactKind.CONSENT_GIVEN, channel, who, when, null);
    }

    /** The data subject declined: recorded, nothing else changes. */
    public ExtensionOutcome refuseConsent(RetentionFacts facts, String subject, Instant when, ContactChannel channel) {
        String who = Texts.required("subject", subject);
        requireMoment(when, channel);
        checkNotPurged(facts);
        LocalDate expiry = currentExpiry(facts);
        ContactMoment moment = new ContactMoment(facts.documentId(), ContactKind.CONSENT_REFUSED, channel, who, when,
                expiry, expiry, null);
        return new ExtensionOutcome(null, facts, expiry, moment);
    }

    /** The contact moment for a consent request sent to the data subject by {@code sender} (e.g. the job). */
    public ContactMoment consentRequested(RetentionFacts facts, String sender, Instant when, ContactChannel channel,
            String note) {
        String who = Texts.required("sender", sender);
        requireMoment(when, channel);
        checkNotPurged(facts);
        LocalDate expiry = currentExpiry(facts);
        return new ContactMoment(facts.documentId(), ContactKind.CONSENT_REQUESTED, channel, who, when, expiry, expiry,
                note);
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

    private static void checkDecidable(ExtensionRequest request, RetentionFacts facts) {
        Objects.requireNonNull(request, "request");
        if (!request.documentId().equals(facts.documentId())) {
            throw new InvalidRetentionInputException("documentId", facts.documentId(),
                    "request " + request.id() + " is for document " + request.documentId());
        }
        if (!request.isPending()) {
            throw new ExtensionRefusedException(ExtensionRefusedException.Reason.NOT_PENDING, facts.documentId(),
                    "request " + request.id() + " is " + request.state());
        }
    }

    private static void requireMoment(Instant when, ContactChannel channel) {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(channel, "channel");
    }
}
