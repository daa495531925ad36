package org.gdprretention.core;

import java.util.Objects;

/**
 * The engine's own identity of a document. Adapters put an Alfresco node reference (or a CMIS object id)
 * in it as a string; the engine never interprets it, it only compares and reports it.
 */
public record DocumentId(String value) implements Comparable<DocumentId> {

    public DocumentId {
        Objects.requireNonNull(value, "document id");
        if (value.isBlank()) {
            throw new InvalidRetentionInputException("documentId", value, "must not be blank");
        }
    }

    public static DocumentId of(String value) {
        return new DocumentId(value);
    }

    @Override
    public int compareTo(DocumentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
