package org.gdprretention.core.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.gdprretention.core.ConsentState;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;

/**
 * Decides which data subjects to ask for consent to keep their documents longer.
 *
 * <p>A document is due from {@code consentLeadDays} before its expiry date through the expiry date itself. Each data
 * subject gets one request covering all their due documents, and never a second one for the same expiry date, so
 * running the plan again after it was carried out (or after a restart halfway) asks nobody twice. Documents that
 * are not due yet are left out silently; every other document that cannot be asked about is listed with a reason.
 */
public final class ConsentPlanner {

    private static final Comparator<ConsentCandidate> BY_EXPIRY_THEN_ID =
            Comparator.comparing(ConsentCandidate::expiryDate).thenComparing(ConsentCandidate::documentId);

    private ConsentPlanner() {
    }

    public static ConsentPlan plan(List<ConsentCandidate> candidates, LocalDate today) {
        InvalidRetentionInputException.requirePresent("candidates", candidates);
        InvalidRetentionInputException.requirePresent("today", today);
        List<ConsentExclusion> exclusions = new ArrayList<>();
        Map<String, List<ConsentCandidate>> dueBySubject = new TreeMap<>();
        Set<DocumentId> seen = new HashSet<>();
        for (ConsentCandidate candidate : candidates) {
            InvalidRetentionInputException.requirePresent("candidates", candidate);
            if (!seen.add(candidate.documentId())) {
                throw new InvalidRetentionInputException("documentId", candidate.documentId(),
                        "appears more than once among the consent candidates");
            }
            if (isNotDueYet(candidate, today)) {
                continue;
            }
            Optional<ExclusionReason> reason = exclusionOf(candidate, today);
            if (reason.isPresent()) {
                exclusions.add(new ConsentExclusion(candidate.documentId(), candidate.subjectId(), reason.get()));
            } else {
                dueBySubject.computeIfAbsent(candidate.subjectId(), subject -> new ArrayList<>()).add(candidate);
            }
        }
        List<ConsentRequest> requests = new ArrayList<>();
        dueBySubject.forEach((subject, documents) -> planSubject(subject, documents, requests::add, exclusions::add));
        requests.sort(Comparator.comparing(ConsentRequest::earliestExpiry).thenComparing(ConsentRequest::subjectId));
        exclusions.sort(Comparator.comparing(ConsentExclusion::documentId));
        return new ConsentPlan(requests, exclusions);
    }

    /**
     * The same plan for candidates that arrive as a stream grouped by subject (as a query sorted by subject yields
     * them), holding only one subject's documents at a time: each subject's request and exclusions are handed on
     * as soon as the subject's last document has been read. Candidates without a subject may come anywhere.
     * Requests come in subject order and exclusions as they are found, not in {@link #plan}'s order. A document
     * read twice is refused when both copies name the same subject (a document has one subject); one without a
     * subject is not remembered, which is what keeps the memory flat. Out-of-order subjects are refused with
     * {@link InvalidRetentionInputException}; the caller then discards what it received, as for any failed plan.
     */
    public static void planGroupedBySubject(Iterator<ConsentCandidate> candidatesBySubject, LocalDate today,
                                            Consumer<ConsentRequest> requests, Consumer<ConsentExclusion> exclusions) {
        InvalidRetentionInputException.requirePresent("candidatesBySubject", candidatesBySubject);
        InvalidRetentionInputException.requirePresent("today", today);
        InvalidRetentionInputException.requirePresent("requests", requests);
        InvalidRetentionInputException.requirePresent("exclusions", exclusions);
        String subject = null;
        List<ConsentCandidate> due = new ArrayList<>();
        Set<DocumentId> seen = new HashSet<>();
        while (candidatesBySubject.hasNext()) {
            ConsentCandidate candidate = InvalidRetentionInputException.requirePresent("candidatesBySubject", candidatesBySubject.next());
            String candidateSubject = candidate.subjectId();
            if (candidateSubject != null && !candidateSubject.equals(subject)) {
                if (subject != null && candidateSubject.compareTo(subject) < 0) {
                    throw new InvalidRetentionInputException("subjectId", candidateSubject,
                            "arrives after subject '" + subject + "'; the candidates must be sorted by subject");
                }
                finishSubject(subject, due, requests, exclusions);
                seen.clear();
                subject = candidateSubject;
            }
            if (candidateSubject != null && !seen.add(candidate.documentId())) {
                throw new InvalidRetentionInputException("documentId", candidate.documentId(),
                        "appears more than once among the consent candidates");
            }
            if (isNotDueYet(candidate, today)) {
                continue;
            }
            Optional<ExclusionReason> reason = exclusionOf(candidate, today);
            if (reason.isPresent()) {
                exclusions.accept(new ConsentExclusion(candidate.documentId(), candidateSubject, reason.get()));
            } else {
                due.add(candidate);
            }
        }
        finishSubject(subject, due, requests, exclusions);
    }

    private static void finishSubject(String subject, List<ConsentCandidate> due, Consumer<ConsentRequest> requests,
                                      Consumer<ConsentExclusion> exclusions) {
        if (!due.isEmpty()) {
            planSubject(subject, due, requests, exclusions);
            due.clear();
        }
    }

    // One request for a subject's due documents, or all of them excluded when the subject's e-mail is unusable.
    private static void planSubject(String subject, List<ConsentCandidate> documents,
                                    Consumer<ConsentRequest> requests, Consumer<ConsentExclusion> exclusions) {
        documents.sort(BY_EXPIRY_THEN_ID);
        Optional<ExclusionReason> emailProblem = emailProblem(documents);
        if (emailProblem.isPresent()) {
            documents.forEach(doc -> exclusions.accept(new ConsentExclusion(doc.documentId(), subject,
                    emailProblem.get())));
        } else {
            requests.accept(new ConsentRequest(subject, firstEmail(documents), firstName(documents),
                    agreedLanguage(documents), documents.get(0).expiryDate(), documents));
        }
    }

    // Purged, held and not-started documents are reported whatever their dates, so they are never "not due".
    private static boolean isNotDueYet(ConsentCandidate candidate, LocalDate today) {
        return !candidate.purged() && !candidate.onHold() && candidate.expiryDate() != null
                && today.isBefore(candidate.expiryDate().minusDays(candidate.type().consentLeadDays()));
    }

    // Checked in the order an officer would want them explained: the document's own state first, then the
    // type's limits, then this expiry cycle's history, then who to ask.
    private static Optional<ExclusionReason> exclusionOf(ConsentCandidate candidate, LocalDate today) {
        if (candidate.purged()) {
            return Optional.of(ExclusionReason.PURGED);
        }
        if (candidate.onHold()) {
            return Optional.of(ExclusionReason.ON_HOLD);
        }
        if (candidate.expiryDate() == null) {
            return Optional.of(ExclusionReason.PENDING_START);
        }
        if (today.isAfter(candidate.expiryDate())) {
            return Optional.of(ExclusionReason.EXPIRED);
        }
        if (!candidate.type().extendable()) {
            return Optional.of(ExclusionReason.NOT_EXTENDABLE);
        }
        if (!candidate.type().allowsAnotherExtension(candidate.grantedExtensionCount())) {
            return Optional.of(ExclusionReason.MAX_EXTENSIONS_REACHED);
        }
        if (candidate.expiryDate().equals(candidate.consentRequestedFor())) {
            return Optional.of(candidate.consentState() == ConsentState.REFUSED
                    ? ExclusionReason.CONSENT_REFUSED : ExclusionReason.ALREADY_REQUESTED);
        }
        if (candidate.subjectId() == null) {
            return Optional.of(ExclusionReason.NO_SUBJECT);
        }
        return Optional.empty();
    }

    private static Optional<ExclusionReason> emailProblem(List<ConsentCandidate> documents) {
        Set<String> addresses = new LinkedHashSet<>();
        for (ConsentCandidate doc : documents) {
            if (doc.subjectEmail() != null) {
                if (!EmailAddresses.isPlausible(doc.subjectEmail())) {
                    return Optional.of(ExclusionReason.INVALID_EMAIL);
                }
                addresses.add(EmailAddresses.comparable(doc.subjectEmail()));
            }
        }
        if (addresses.isEmpty()) {
            return Optional.of(ExclusionReason.NO_EMAIL);
        }
        return addresses.size() > 1 ? Optional.of(ExclusionReason.CONFLICTING_EMAIL) : Optional.empty();
    }

    private static String firstEmail(List<ConsentCandidate> documents) {
        return documents.stream().map(ConsentCandidate::subjectEmail).filter(Objects::nonNull).findFirst()
                .orElseThrow();
    }

    // A subject written to in a language their documents contradict would be a guess: the default is then no worse
    // and does not depend on which document was read first.
    private static String agreedLanguage(List<ConsentCandidate> documents) {
        Set<String> languages = new HashSet<>();
        documents.stream().map(ConsentCandidate::subjectLanguage).filter(Objects::nonNull).forEach(languages::add);
        return languages.size() == 1 ? languages.iterator().next() : null;
    }

    private static String firstName(List<ConsentCandidate> documents) {
        return documents.stream().map(ConsentCandidate::subjectName).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }
}
