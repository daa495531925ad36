package org.gdprretention.core.consent;

/** Why a document whose data subject might be asked for consent is not asked in this run. */
public enum ExclusionReason {
    PURGED,
    ON_HOLD,
    /** The retention has not started, so there is no expiry to extend. */
    PENDING_START,
    /** Too late: consent is asked before expiry, never after. */
    EXPIRED,
    NOT_EXTENDABLE,
    MAX_EXTENSIONS_REACHED,
    /** A request was already sent for the current expiry date. */
    ALREADY_REQUESTED,
    /** The data subject already declined for the current expiry date. */
    CONSENT_REFUSED,
    NO_SUBJECT,
    NO_EMAIL,
    INVALID_EMAIL,
    /** The subject's documents carry different e-mail addresses: nobody can tell which one is right. */
    CONFLICTING_EMAIL
}
