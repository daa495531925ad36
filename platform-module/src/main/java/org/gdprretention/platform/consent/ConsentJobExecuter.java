package org.gdprretention.platform.consent;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.alfresco.repo.admin.SysAdminParams;
import org.alfresco.repo.transaction.RetryingTransactionHelper.RetryingTransactionCallback;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.consent.ConsentCandidate;
import org.gdprretention.core.consent.ConsentExclusion;
import org.gdprretention.core.consent.ConsentPlan;
import org.gdprretention.core.consent.ConsentPlanner;
import org.gdprretention.core.consent.ConsentRequest;
import org.gdprretention.core.consent.ExclusionReason;
import org.gdprretention.core.expiry.RetentionFacts;
import org.gdprretention.core.extension.ContactChannel;
import org.gdprretention.core.extension.ContactMoment;
import org.gdprretention.core.extension.ExtensionLifecycle;
import org.gdprretention.core.extension.ExtensionRefusedException;
import org.gdprretention.platform.batch.BatchRunner;
import org.gdprretention.platform.batch.KeyedPager;
import org.gdprretention.platform.batch.KeyedQuery;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.contact.ContactMomentWriter;
import org.gdprretention.platform.job.LockedJobExecuter;
import org.gdprretention.platform.job.OfficerNotification;
import org.gdprretention.platform.job.control.OnePageWorkProvider;
import org.gdprretention.platform.job.control.StopSignal;
import org.gdprretention.platform.job.control.SystemBatchWorker;
import org.gdprretention.platform.model.RetentionModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consent job ({@value #NAME}): asks data subjects, by e-mail, to consent to keeping their documents one more
 * period, as the engine's {@link ConsentPlanner} plans it: one mail per data subject covering all their documents now
 * due, never twice for the same expiry date. Per request, in one batch transaction: the request node with the
 * token's hash, a CONSENT_REQUESTED contact moment and the consent bookkeeping on every document, each written
 * only once the mail went out (a mail the mail server refuses records nothing, and the next run asks again). A second run finds every document requested for its current expiry date
 * and sends nothing. Documents whose subject has no, an invalid or a conflicting address are reported to the GDPR
 * officers in one summary mail instead. While {@code gdpr-retention.job.consentRequests.enabled} is false (the
 * default) the job plans and logs what it would send, and sends and writes nothing.
 *
 * <p>The documents are read from the database (CMIS-alfresco on {@code gdpr:expiryDate}, paged by that date): those
 * expiring from today up to the longest consent lead the catalogue has. Only documents the engine finds due (or
 * cannot ask about for an address problem) are kept for the plan, so memory follows what is due today.
 */
public class ConsentJobExecuter extends LockedJobExecuter {

    public static final String NAME = "consentRequests";
    static final String SENDER = "gdpr-retention.consentJob";

    private static final Logger LOGGER = LoggerFactory.getLogger(ConsentJobExecuter.class);
    /** The exclusions an officer can act on: the address of a data subject. */
    private static final Set<ExclusionReason> ADDRESS_PROBLEMS = EnumSet.of(ExclusionReason.NO_SUBJECT,
            ExclusionReason.NO_EMAIL, ExclusionReason.INVALID_EMAIL, ExclusionReason.CONFLICTING_EMAIL);

    private SearchService searchService;
    private NodeService nodeService;
    private TransactionService transactionService;
    private BatchRunner batchRunner;
    private ConsentDocuments documents;
    private ConsentRequestStore store;
    private ContactMomentWriter contactMomentWriter;
    private ExtensionLifecycle lifecycle;
    private ActionService actionService;
    private SysAdminParams sysAdminParams;
    private Clock clock = Clock.systemUTC();
    private SecureRandom random = new SecureRandom();
    private boolean enabled;
    private int pageSize = 500;
    private String organisation;
    private String from;
    private String pageUrl;
    private Locale defaultLocale = new Locale("nl");

    @Override
    public String jobName() {
        return NAME;
    }

    @Override
    protected void checkProperties() {
        PropertyCheck.mandatory(this, "searchService", searchService);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "transactionService", transactionService);
        PropertyCheck.mandatory(this, "batchRunner", batchRunner);
        PropertyCheck.mandatory(this, "documents", documents);
        PropertyCheck.mandatory(this, "store", store);
        PropertyCheck.mandatory(this, "contactMomentWriter", contactMomentWriter);
        PropertyCheck.mandatory(this, "lifecycle", lifecycle);
        PropertyCheck.mandatory(this, "actionService", actionService);
        PropertyCheck.mandatory(this, "sysAdminParams", sysAdminParams);
        if (organisation == null || organisation.isBlank()) {
            throw new IllegalArgumentException("Invalid gdpr-retention.consent.organisation '" + organisation
                    + "': the consent mail and page must name the organisation");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("Invalid gdpr-retention.job.consentRequests.pageSize '" + pageSize
                    + "': must be at least 1");
        }
    }

    @Override
    protected String runLocked(StopSignal stop) {
        return run(stop).summary();
    }

    /** One run; public for tests and for an administrator's run outside the schedule. */
    public ConsentRun run(StopSignal stop) {
        Instant now = clock.instant();
        ZoneId zone = documents.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        long expired = enabled ? expireOverdue(now, stop) : 0;
        List<ConsentCandidate> relevant = readRelevant(today, zone, stop);
        ConsentPlan plan = ConsentPlanner.plan(relevant, today);
        List<ConsentExclusion> addressProblems = plan.exclusions().stream()
                .filter(exclusion -> ADDRESS_PROBLEMS.contains(exclusion.reason())).toList();
        if (!enabled) {
            LOGGER.info("Consent job runs dry (gdpr-retention.job.consentRequests.enabled=false): it would ask {}"
                    + " data subject(s) about {} document(s); {} document(s) have no usable address",
                    plan.requests().size(), plan.requestedDocumentCount(), addressProblems.size());
            return new ConsentRun(true, plan.requests().size(), plan.requestedDocumentCount(), 0, 0,
                    addressProblems.size(), false, 0, !stop.stopRequested());
        }
        AtomicLong mailed = new AtomicLong();
        AtomicLong documentsAsked = new AtomicLong();
        BatchRunner.BatchOutcome outcome = stop.stopRequested() ? new BatchRunner.BatchOutcome(0, 0)
                : batchRunner.run("gdpr-retention.consentJob", new OnePageWorkProvider<>(plan.requests()),
                new SystemBatchWorker<ConsentRequest>() {
                    @Override
                    public void process(ConsentRequest request) {
                        if (stop.stopRequested()) {
                            return;
                        }
                        int asked = send(request, now, zone);
                        if (asked > 0) {
                            mailed.incrementAndGet();
                            documentsAsked.addAndGet(asked);
                        }
                    }
                });
        boolean notified = !addressProblems.isEmpty() && notifyOfficers(addressProblems);
        return new ConsentRun(false, plan.requests().size(), plan.requestedDocumentCount(), mailed.get(),
                documentsAsked.get(), addressProblems.size(), notified, expired,
                !stop.stopRequested() && outcome.errors() == 0);
    }

    /**
     * Closes the open requests nobody answered before they expired: state EXPIRED, the token's hash cleared (it
     * could open nothing any more, and need not be kept). The open requests are found by their state among the
     * Consent Requests folder's children, a lookup the database answers ({@code gdpr:consentRequest} is no CMIS
     * type, so a CMIS query cannot find it); there are only as many as mails of the last few weeks.
     */
    private long expireOverdue(Instant now, StopSignal stop) {
        if (stop.stopRequested()) {
            return 0;
        }
        return inTransaction(() -> {
            long expired = 0;
            for (NodeRef request : store.openRequests()) {
                if (store.isOverdue(request, now)) {
                    store.close(request, ConsentRequestState.EXPIRED, now);
                    expired++;
                }
            }
            return expired;
        }, false);
    }

    /**
     * Reads the documents expiring from today up to the longest lead, keeping those the engine would ask about
     * or report (a plan of the one document is not empty, and is not "already requested").
     */
    private List<ConsentCandidate> readRelevant(LocalDate today, ZoneId zone, StopSignal stop) {
        int longestLead = 0;
        for (RetentionType type : documents.catalogueTypes()) {
            longestLead = Math.max(longestLead, type.consentLeadDays());
        }
        KeyedQuery query = KeyedQuery.select("SELECT * FROM gdpr:retainable", "gdpr:expiryDate",
                        RetentionModel.PROP_EXPIRY_DATE)
                .where("gdpr:expiryDate >= " + KeyedQuery.timestamp(RepositoryDates.toDate(today, zone).toInstant()))
                .where("gdpr:expiryDate < " + KeyedQuery.timestamp(
                        RepositoryDates.toDate(today.plusDays(longestLead + 1L), zone).toInstant()));
        KeyedPager pager = new KeyedPager(searchService, nodeService, query, pageSize);
        List<ConsentCandidate> relevant = new ArrayList<>();
        while (!stop.stopRequested()) {
            List<NodeRef> page = inTransaction(pager::next, true);
            inTransaction(() -> {
                for (NodeRef node : page) {
                    documents.candidate(node).filter(candidate -> isRelevant(candidate, today))
                            .ifPresent(relevant::add);
                }
                return null;
            }, true);
            if (pager.exhausted()) {
                break;
            }
        }
        return relevant;
    }

    private static boolean isRelevant(ConsentCandidate candidate, LocalDate today) {
        ConsentPlan alone = ConsentPlanner.plan(List.of(candidate), today);
        return !alone.requests().isEmpty() || alone.exclusions().stream()
                .anyMatch(exclusion -> ADDRESS_PROBLEMS.contains(exclusion.reason()));
    }

    /**
     * Sends the mail, then stores the request and records it on every document; runs in the batch's transaction.
     * The mail goes first, synchronously: when the mail server refuses it, ACS's mail action throws before anything
     * is recorded, so the next run asks again. (Sent after commit, ACS would only log the failure, with the request
     * already recorded and never asked again; and ACS's BatchProcessor commits what a failing entry wrote before it
     * threw, so recording first and mailing last would not undo the record either.)
     */
    private int send(ConsentRequest request, Instant now, ZoneId zone) {
        List<Asked> asked = new ArrayList<>();
        List<ConsentDocuments.DocumentKind> shown = new ArrayList<>();
        Locale locale = ConsentLanguages.forSubject(request.language(), defaultLocale);
        if (request.language() != null && !request.language().equals(locale.getLanguage())) {
            // the subject is not named: the log is no place for personal data
            LOGGER.info("Consent job: no consent mail in language '{}', writing in '{}' instead",
                    request.language(), locale.getLanguage());
        }
        for (ConsentCandidate candidate : request.documents()) {
            NodeRef document = new NodeRef(candidate.documentId().value());
            Optional<RetentionFacts> facts = documents.facts(document);
            if (facts.isEmpty()) {
                continue;
            }
            ContactMoment moment;
            try {
                moment = lifecycle.consentRequested(facts.get(), SENDER, now, ContactChannel.SURVEY, null);
            } catch (ExtensionRefusedException e) {
                LOGGER.info("Consent job: not asking about {}: {}", document, e.getMessage());
                continue;
            }
            asked.add(new Asked(document, candidate.expiryDate(), moment));
            documents.kind(document, locale).ifPresent(shown::add);
        }
        if (asked.isEmpty()) {
            return 0;
        }
        LocalDate answerBefore = request.earliestExpiry();
        // the request can be answered through the whole of its earliest expiry date
        Instant expiresAt = RepositoryDates.toDate(answerBefore.plusDays(1), zone).toInstant().minusMillis(1);
        String token = ConsentToken.generate(random);
        String link = ConsentLink.withToken(ConsentLink.page(sysAdminParams, pageUrl), token);
        actionService.executeAction(ConsentMail.create(actionService, new ConsentMail.Content(request.email(),
                request.subjectName(), locale, organisation, from, link, answerBefore, shown)), null);
        store.create(request.subjectId(), asked.stream().map(Asked::document).toList(), expiresAt,
                ConsentToken.hash(token), locale, now);
        for (Asked document : asked) {
            contactMomentWriter.write(document.document(), document.moment());
            documents.markRequested(document.document(), document.expiryDate(), now);
        }
        return asked.size();
    }

    /** A document the mail asks about, with what is recorded on it once the mail went out. */
    private record Asked(NodeRef document, LocalDate expiryDate, ContactMoment moment) {
    }

    private boolean notifyOfficers(List<ConsentExclusion> problems) {
        try {
            inTransaction(() -> {
                actionService.executeAction(OfficerNotification.consentAddressProblems(actionService, problems),
                        null);
                return null;
            }, false);
            return true;
        } catch (RuntimeException e) {
            LOGGER.error("Consent job: could not mail the officers about {} address problem(s)", problems.size(), e);
            return false;
        }
    }

    private <R> R inTransaction(RetryingTransactionCallback<R> work, boolean readOnly) {
        // The job runs from Quartz, never inside a caller's transaction.
        return transactionService.getRetryingTransactionHelper()
                .doInTransaction(work, readOnly, true); // acs-lint: ok: scheduled job, no outer transaction
    }

    public void setSearchService(SearchService searchService) {
        this.searchService = searchService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }

    public void setBatchRunner(BatchRunner batchRunner) {
        this.batchRunner = batchRunner;
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

    public void setLifecycle(ExtensionLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public void setActionService(ActionService actionService) {
        this.actionService = actionService;
    }

    public void setSysAdminParams(SysAdminParams sysAdminParams) {
        this.sysAdminParams = sysAdminParams;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** For tests; the default is a fresh {@link SecureRandom}. */
    void setRandom(SecureRandom random) {
        this.random = random;
    }

    /** {@code gdpr-retention.job.consentRequests.enabled}: send mails (default false: a dry run). */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    /** {@code gdpr-retention.consent.organisation}: who asks, in the mail and on the page. */
    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    /** {@code gdpr-retention.consent.from}: the sender; blank for ACS's {@code mail.from.default}. */
    public void setFrom(String from) {
        this.from = from;
    }

    /** {@code gdpr-retention.consent.pageUrl}: blank for the repository's own address (sysAdminParams). */
    public void setPageUrl(String pageUrl) {
        this.pageUrl = pageUrl;
    }

    /**
     * {@code gdpr-retention.consent.defaultLocale}: the language (nl or en) of mails and pages for a data subject
     * without a {@code gdpr:subjectLanguage} the mails exist in, or whose documents disagree on it.
     */
    public void setDefaultLocale(String defaultLocale) {
        this.defaultLocale = ConsentLanguages.parse(defaultLocale);
    }
}
