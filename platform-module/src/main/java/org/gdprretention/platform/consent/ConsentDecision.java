package org.gdprretention.platform.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.ConsentState;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.expiry.RetentionFacts;
import org.gdprretention.core.extension.ContactChannel;
import org.gdprretention.core.extension.ExtensionLifecycle;
import org.gdprretention.core.extension.ExtensionOutcome;
import org.gdprretention.core.extension.ExtensionRefusedException;
import org.gdprretention.platform.contact.ContactMomentWriter;
import org.gdprretention.platform.expiry.RetentionApplier;
import org.gdprretention.platform.extension.ExtensionRequestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * The data subject's answer to one consent request, on every document of it, decided by the engine's
 * {@link ExtensionLifecycle}: a consent extends each document (contact moment CONSENT_GIVEN, channel SURVEY), a
 * refusal is recorded (CONSENT_REFUSED) and changes no date. A consent closes an extension request pending on the
 * same document (one extension, not two: the engine decides it, {@link ExtensionRequestService} removes the request
 * and cancels its review task); a refusal leaves the request to the officer. A document the engine refuses (purged meanwhile,
 * the type no longer extendable, its maximum reached) keeps what it had and is logged; the others are answered.
 * The request is then closed, so its token works once. Runs in the caller's transaction, as the system user: the
 * caller has matched the token first.
 */
public class ConsentDecision implements InitializingBean {

    private static final Logger LOGGER = LoggerFactory.getLogger(ConsentDecision.class);

    private ConsentDocuments documents;
    private ConsentRequestStore store;
    private ContactMomentWriter contactMomentWriter;
    private RetentionApplier retentionApplier;
    private ExtensionLifecycle lifecycle;
    private ExtensionRequestService extensionRequests;
    private Clock clock = Clock.systemUTC();

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "documents", documents);
        PropertyCheck.mandatory(this, "store", store);
        PropertyCheck.mandatory(this, "contactMomentWriter", contactMomentWriter);
        PropertyCheck.mandatory(this, "retentionApplier", retentionApplier);
        PropertyCheck.mandatory(this, "lifecycle", lifecycle);
        PropertyCheck.mandatory(this, "extensionRequests", extensionRequests);
    }

    /** Records the answer on every document of {@code request} and closes it; returns how many were answered. */
    public int answer(OpenConsentRequest request, boolean consent) {
        Instant now = clock.instant();
        return AuthenticationUtil.runAsSystem(() -> {
            int answered = 0;
            for (NodeRef document : request.documents()) {
                if (answerOne(document, request.subjectId(), consent, now)) {
                    answered++;
                }
            }
            store.close(request.node(), consent ? ConsentRequestState.ANSWERED_CONSENT
                    : ConsentRequestState.ANSWERED_REFUSAL, now);
            return answered;
        });
    }

    private boolean answerOne(NodeRef document, String subject, boolean consent, Instant now) {
        Optional<RetentionFacts> facts = documents.facts(document);
        if (facts.isEmpty()) {
            LOGGER.info("Consent answer: document {} is gone or no longer retainable", document);
            return false;
        }
        ExtensionOutcome outcome;
        try {
            outcome = consent
                    ? lifecycle.consent(facts.get(), subject, now, ContactChannel.SURVEY,
                            extensionRequests.pendingRequest(document).orElse(null))
                    : lifecycle.refuseConsent(facts.get(), subject, now, ContactChannel.SURVEY);
        } catch (ExtensionRefusedException | InvalidRetentionInputException e) {
            LOGGER.info("Consent answer not recorded on {}: {}", document, e.getMessage());
            return false;
        }
        contactMomentWriter.write(document, outcome.contactMoment());
        if (consent) {
            extensionRequests.closeByConsent(document, outcome);
            documents.recordAnswer(document, ConsentState.GRANTED, outcome.grantedExtensions());
            retentionApplier.recompute(document);
        } else {
            documents.recordAnswer(document, ConsentState.REFUSED, null);
        }
        return true;
    }

    public void setDocuments(ConsentDocuments documents) {
        this.documents = documents;
    }

    public void setStore(ConsentRequestStore store) {
        this.store = store;
    }

    public void setContactMomentWriter(ContactMomentWriter contactMomentWriter) {
        this.contactMomentWriter = contactMomentWriter;
    }

    public void setRetentionApplier(RetentionApplier retentionApplier) {
        this.retentionApplier = retentionApplier;
    }

    public void setLifecycle(ExtensionLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public void setExtensionRequests(ExtensionRequestService extensionRequests) {
        this.extensionRequests = extensionRequests;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
