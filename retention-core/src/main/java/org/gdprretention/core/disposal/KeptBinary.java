package org.gdprretention.core.disposal;

import java.util.Objects;

/** A binary of a planned document that the purge must leave in the content store, and why. */
public record KeptBinary(String contentUrl, KeepReason reason) {

    public KeptBinary {
        Objects.requireNonNull(contentUrl, "contentUrl");
        Objects.requireNonNull(reason, "reason");
    }
}
