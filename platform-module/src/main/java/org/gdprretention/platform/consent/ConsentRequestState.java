package org.gdprretention.platform.consent;

/** Where a consent request ({@code gdpr:consentRequest}) stands; the values of {@code gdpr:consentRequestStateList}. */
public enum ConsentRequestState {
    /** Sent; the link works until the request expires. */
    OPEN,
    /** The data subject consented: every document of the request was extended where the engine allowed it. */
    ANSWERED_CONSENT,
    /** The data subject refused: recorded on every document; they expire as planned. */
    ANSWERED_REFUSAL,
    /** Not answered before the earliest expiry of its documents. */
    EXPIRED
}
