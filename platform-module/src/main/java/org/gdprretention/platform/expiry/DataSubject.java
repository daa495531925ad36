package org.gdprretention.platform.expiry;

/**
 * Whose personal data a document holds, as the document's {@code gdpr:subject*} properties store it.
 * Any part may be {@code null}.
 */
public record DataSubject(String id, String email, String name) {

    public boolean isEmpty() {
        return id == null && email == null && name == null;
    }
}
