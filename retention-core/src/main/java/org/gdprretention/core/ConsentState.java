package org.gdprretention.core;

/** Where the consent conversation with the data subject stands for a document's current expiry cycle. */
public enum ConsentState {
    /** Nobody has been asked in this expiry cycle. */
    NONE,
    /** A request was sent for the current expiry date; waiting for the answer. */
    REQUESTED,
    /** The data subject agreed; the retention was extended. */
    GRANTED,
    /** The data subject declined; the document expires as planned. */
    REFUSED
}
