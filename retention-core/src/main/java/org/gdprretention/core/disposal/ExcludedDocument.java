package org.gdprretention.core.disposal;

import java.util.Objects;

import org.gdprretention.core.DocumentId;

/** A candidate the plan leaves alone, and why. */
public record ExcludedDocument(DocumentId documentId, ExclusionReason reason) {

    public ExcludedDocument {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(reason, "reason");
    }
}
