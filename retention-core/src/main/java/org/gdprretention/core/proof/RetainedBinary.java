package org.gdprretention.core.proof;

import org.gdprretention.core.InvalidRetentionInputException;

/** A binary of a purged document that stayed in the content store, and why (e.g. another node shares it). */
public record RetainedBinary(String contentUrl, String why) {

    public RetainedBinary {
        if (contentUrl == null || contentUrl.isBlank()) {
            throw new InvalidRetentionInputException("contentUrl", contentUrl, "must not be blank");
        }
        if (why == null || why.isBlank()) {
            throw new InvalidRetentionInputException("why", why, "must say why " + contentUrl + " was kept");
        }
    }
}
