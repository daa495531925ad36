package org.gdprretention.core.extension;

/** What happened in a contact moment about a document's retention. */
public enum ContactKind {
    EXTENSION_REQUESTED,
    EXTENSION_APPROVED,
    EXTENSION_DENIED,
    /** Nobody decided on a request within the decision window after expiry: it closed without an extension. */
    EXTENSION_LAPSED,
    CONSENT_REQUESTED,
    CONSENT_GIVEN,
    CONSENT_REFUSED,
    /** A legal hold was placed: nothing is purged while it lasts, whatever the expiry date says. */
    LEGAL_HOLD_SET,
    /** A legal hold was lifted: the expiry date applies again. */
    LEGAL_HOLD_LIFTED
}
