package org.gdprretention.core.extension;

/** What happened in a contact moment about a document's retention. */
public enum ContactKind {
    EXTENSION_REQUESTED,
    EXTENSION_APPROVED,
    EXTENSION_DENIED,
    CONSENT_REQUESTED,
    CONSENT_GIVEN,
    CONSENT_REFUSED
}
