package org.gdprretention.platform.expiry;

/**
 * Whose personal data a document holds, as the document's {@code gdpr:subject*} properties store it.
 * Any part may be {@code null}. The language (a BCP 47 tag, for the consent mail) comes with the subject it was set
 * for; on its own it names nobody, so it does not make a subject.
 */
public record DataSubject(String id, String email, String name, String language) {

    public boolean isEmpty() {
        return id == null && email == null && name == null;
    }
}
