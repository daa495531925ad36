package org.gdprretention.platform.consent;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * A consent request whose token matched and that may still be answered.
 *
 * @param node      the {@code gdpr:consentRequest} node
 * @param subjectId the data subject, the actor of the contact moments of the answer
 * @param documents the documents the request covers
 * @param expiresAt the last moment the request can be answered (end of the earliest expiry date)
 * @param locale    the language of the mail, and so of the page unless the subject switches
 */
public record OpenConsentRequest(NodeRef node, String subjectId, List<NodeRef> documents, Instant expiresAt,
        Locale locale) {

    public OpenConsentRequest {
        documents = List.copyOf(documents);
    }
}
