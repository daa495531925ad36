package org.gdprretention.core.extension;

/** Where an extension request stands. Only a REQUESTED request can still be decided or closed. */
public enum ExtensionState {
    /** Waiting for an officer's decision. */
    REQUESTED,
    APPROVED,
    DENIED,
    /** Nobody decided within the decision window after expiry; the document became purgeable. */
    LAPSED,
    /** The data subject consented first; that consent granted the one extension the request asked for. */
    CLOSED_BY_CONSENT
}
