package org.gdprretention.core.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gdprretention.core.DocumentId;

/**
 * One consent request to one data subject, covering all their documents that are due.
 *
 * @param subjectName    for the greeting; {@code null} when no document names the subject
 * @param language       the primary language (e.g. {@code en}) the documents that name one agree on; {@code null}
 *                       when none names one or they disagree: the mail then goes out in the default language, the
 *                       same whatever order the documents were read in
 * @param earliestExpiry the expiry date of the first document, the date the e-mail should mention
 * @param documents      the due documents, sorted by expiry date and then id
 */
public record ConsentRequest(String subjectId, String email, String subjectName, String language,
        LocalDate earliestExpiry,
        List<ConsentCandidate> documents) {

    public ConsentRequest {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(earliestExpiry, "earliestExpiry");
        documents = List.copyOf(documents);
    }

    public List<DocumentId> documentIds() {
        return documents.stream().map(ConsentCandidate::documentId).toList();
    }
}
