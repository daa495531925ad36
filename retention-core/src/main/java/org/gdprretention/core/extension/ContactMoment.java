package org.gdprretention.core.extension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;

/**
 * One recorded contact about a document's retention, kept on the document as proof of what was asked,
 * answered and decided.
 *
 * @param actor     who acted: a user name, or the data subject for consent answers
 * @param oldExpiry the expiry date before this step; {@code null} while the start is unknown
 * @param newExpiry the expiry date after this step (equal to {@code oldExpiry} when nothing changed)
 * @param note      the request's reason, the decision's note, or {@code null}
 */
public record ContactMoment(
        DocumentId documentId,
        ContactKind kind,
        ContactChannel channel,
        String actor,
        Instant at,
        LocalDate oldExpiry,
        LocalDate newExpiry,
        String note) {

    public ContactMoment {
        InvalidRetentionInputException.requirePresent("documentId", documentId);
        InvalidRetentionInputException.requirePresent("kind", kind);
        InvalidRetentionInputException.requirePresent("channel", channel);
        InvalidRetentionInputException.requirePresent("at", at);
        actor = Texts.required("actor", actor);
        note = Texts.optional("note", note);
    }

    public boolean changedExpiry() {
        return !Objects.equals(oldExpiry, newExpiry);
    }
}
