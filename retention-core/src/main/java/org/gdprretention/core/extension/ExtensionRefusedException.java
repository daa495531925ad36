package org.gdprretention.core.extension;

import org.gdprretention.core.DocumentId;

/**
 * A well-formed extension step that the document's retention does not allow now. Adapters report it as a
 * conflict (HTTP 409), not as bad input.
 */
public class ExtensionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why an extension step was refused. */
    public enum Reason {
        NOT_EXTENDABLE("its retention type is not extendable"),
        MAX_EXTENSIONS_REACHED("the maximum number of extensions has been granted"),
        START_PENDING("its retention has not started yet, so there is nothing to extend"),
        PURGED("it has been purged"),
        REQUEST_PENDING("an extension request is already waiting for a decision"),
        NOT_PENDING("the request has already been decided"),
        EXPIRED("its retention has expired"),
        DECISION_WINDOW_PASSED("the time to decide on the request has passed"),
        NOT_LAPSED("the time to decide on the request has not passed yet");

        private final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }

    private final Reason reason;
    private final transient DocumentId documentId;

    public ExtensionRefusedException(Reason reason, DocumentId documentId, String detail) {
        super("Extension refused for document '" + documentId + "': " + reason.explanation()
                + (detail == null ? "" : " (" + detail + ")"));
        this.reason = reason;
        this.documentId = documentId;
    }

    public Reason reason() {
        return reason;
    }

    public DocumentId documentId() {
        return documentId;
    }
}
