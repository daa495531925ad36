package org.gdprretention.platform.job;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.alfresco.repo.transaction.RetryingTransactionHelper.RetryingTransactionCallback;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.DisposalMode;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.platform.batch.BatchRunner;
import org.gdprretention.platform.batch.KeyedPager;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.disposal.PurgeOptions;
import org.gdprretention.platform.disposal.PurgeReport;
import org.gdprretention.platform.disposal.PurgeResult;
import org.gdprretention.platform.disposal.PurgeCaller;
import org.gdprretention.platform.disposal.PurgeService;
import org.gdprretention.platform.expiry.RecomputeScheduler;
import org.gdprretention.platform.expiry.RetainableDocumentQueries;
import org.gdprretention.platform.expiry.RetentionApplier;
import org.gdprretention.platform.extension.ExtensionRequestService;
import org.gdprretention.platform.job.control.OnePageWorkProvider;
import org.gdprretention.platform.job.control.StopSignal;
import org.gdprretention.platform.job.control.SystemBatchWorker;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.proof.RepositoryAuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily expiry job. Every retainable document whose expiry date has been reached is recomputed (the engine
 * marks it EXPIRED, or ON_HOLD when held). Documents of AUTO_PURGE types are then purged through the purge
 * service when {@code gdpr-retention.autoPurge.enabled=true} (default false), which checks them again and writes a
 * disposal record for each; all other expired documents wait for an officer, and the officers get one summary
 * mail per run that found newly expired documents, never one per document.
 *
 * <p>The documents are read from the database (a CMIS-alfresco query, see {@link RetainableDocumentQueries}) page
 * by page in expiry-date order, each page starting after the last one ({@link KeyedPager}), so purged documents
 * leaving the result shift nothing and the database's permission-check limit never cuts the run short. Each page
 * is recomputed in BatchProcessor batches and purged before the next page is read. A run that is stopped part-way
 * says so ({@code complete} false) and leaves the rest for the next run, which finds them again by their expiry
 * date: a document already purged is gone and cannot be purged twice, and a purged document's disposal record was
 * written in the purge's own transaction.
 */
public class ExpiryJobExecuter extends LockedJobExecuter {

    public static final String NAME = "expiry";

    private static final Logger LOGGER = LoggerFactory.getLogger(ExpiryJobExecuter.class);

    private SearchService searchService;
    private NodeService nodeService;
    private TransactionService transactionService;
    private BatchRunner batchRunner;
    private RetentionApplier retentionApplier;
    private RepositoryRetentionCatalogue catalogue;
    private RetentionStatusEvaluator statusEvaluator;
    private PurgeService purgeService;
    private ExtensionRequestService extensionRequests;
    private RecomputeScheduler recomputeScheduler;
    private ActionService actionService;
    private RepositoryAuditLog auditLog;
    private Clock clock = Clock.systemUTC();
    private boolean autoPurgeEnabled;
    private int pageSize = 500;

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
        PropertyCheck.mandatory(this, "retentionApplier", retentionApplier);
        PropertyCheck.mandatory(this, "catalogue", catalogue);
        PropertyCheck.mandatory(this, "statusEvaluator", statusEvaluator);
        PropertyCheck.mandatory(this, "purgeService", purgeService);
        PropertyCheck.mandatory(this, "extensionRequests", extensionRequests);
        PropertyCheck.mandatory(this, "actionService", actionService);
        PropertyCheck.mandatory(this, "auditLog", auditLog);
        if (pageSize < 1) {
            throw new IllegalArgumentException("Invalid gdpr-retention.job.expiry.pageSize '" + pageSize
                    + "': must be at least 1");
        }
    }

    @Override
    protected String runLocked(StopSignal stop) {
        return run(stop).summary();
    }

    /** One run; public for the REST API and tests, which call it outside the schedule. */
    public ExpiryRun run(StopSignal stop) {
        if (recomputeScheduler != null && !stop.stopRequested()) {
            // first bring documents computed with older rules up to date, so their expiry dates are the current ones
            recomputeScheduler.recomputeStale();
        }
        // Requests nobody decided within the window are closed first: their documents are purgeable in this run.
        long lapsed = stop.stopRequested() ? 0 : closeLapsedExtensionRequests(stop);
        LocalDate today = statusEvaluator.calculator().localDate(clock.instant());
        KeyedPager pager = new KeyedPager(searchService, nodeService, RetainableDocumentQueries.expiryReached(
                RepositoryDates.toDate(today.plusDays(1), statusEvaluator.calculator().zone()).toInstant()), pageSize);
        Tally tally = new Tally();
        boolean complete = false;
        while (!stop.stopRequested()) {
            List<NodeRef> page = inTransaction(pager::next, true);
            tally.checked += page.size();
            List<NodeRef> toPurge = markExpired(page, stop, tally);
            if (!toPurge.isEmpty() && !stop.stopRequested()) {
                purge(toPurge, tally);
            }
            if (pager.exhausted()) {
                complete = !stop.stopRequested();
                break;
            }
        }
        boolean notified = tally.newlyExpiredAwaiting.get() > 0 && notifyOfficers(tally);
        ExpiryRun run = new ExpiryRun(tally.checked, tally.newlyExpired.get(), tally.autoPurged,
                tally.purgeRefused, tally.awaiting.get(), new TreeMap<>(tally.byType), notified, complete);
        audit(run, lapsed);
        return run;
    }

    /** Closes lapsed extension requests, one transaction each, so that one failure does not undo the others. */
    private long closeLapsedExtensionRequests(StopSignal stop) {
        long closed = 0;
        for (NodeRef document : inTransaction(extensionRequests::documentsWithPendingRequests, true)) {
            if (stop.stopRequested()) {
                break;
            }
            try {
                if (inTransaction(() -> extensionRequests.closeIfLapsed(document, clock.instant()), false)) {
                    closed++;
                }
            } catch (RuntimeException e) {
                LOGGER.error("Expiry job: could not close the lapsed extension request on {}", document, e);
            }
        }
        if (closed > 0) {
            LOGGER.info("Expiry job: closed {} lapsed extension request(s)", closed);
        }
        return closed;
    }

    /** Recomputes the page's documents; returns those to purge automatically. */
    private List<NodeRef> markExpired(List<NodeRef> page, StopSignal stop, Tally tally) {
        List<NodeRef> toPurge = Collections.synchronizedList(new ArrayList<>());
        batchRunner.run("gdpr-retention.expiryJob", new OnePageWorkProvider<>(page), new SystemBatchWorker<NodeRef>() {
            @Override
            public void process(NodeRef document) {
                if (stop.stopRequested() || !nodeService.exists(document)) {
                    return;
                }
                String before = text(nodeService.getProperty(document, RetentionModel.PROP_STATUS));
                retentionApplier.recompute(document);
                if (!RetentionStatus.EXPIRED.name().equals(text(nodeService.getProperty(document,
                        RetentionModel.PROP_STATUS)))) {
                    return;
                }
                boolean newly = !RetentionStatus.EXPIRED.name().equals(before);
                if (newly) {
                    tally.newlyExpired.incrementAndGet();
                }
                String code = text(nodeService.getProperty(document, RetentionModel.PROP_RETENTION_TYPE));
                Optional<RetentionType> type = code == null ? Optional.empty() : catalogue.current().find(code);
                if (autoPurgeEnabled && type.isPresent() && type.get().disposalMode() == DisposalMode.AUTO_PURGE) {
                    toPurge.add(document);
                    return;
                }
                tally.awaiting.incrementAndGet();
                if (newly) {
                    tally.newlyExpiredAwaiting.incrementAndGet();
                    tally.byType.merge(code == null ? "?" : code, 1L, Long::sum);
                }
            }
        });
        return new ArrayList<>(toPurge);
    }

    private void purge(List<NodeRef> documents, Tally tally) {
        PurgeReport report = purgeService.purge(documents, new PurgeOptions(false, null, documents.size()),
                PurgeCaller.job("gdpr-retention.expiryJob"));
        long purged = report.count(PurgeResult.PURGED);
        long notPurged = documents.size() - purged;
        tally.autoPurged += purged;
        tally.purgeRefused += notPurged;
        if (notPurged > 0) {
            LOGGER.warn("Expiry job: {} AUTO_PURGE document(s) were not purged: {}", notPurged, report.summary());
        }
    }

    private boolean notifyOfficers(Tally tally) {
        try {
            inTransaction(() -> {
                actionService.executeAction(OfficerNotification.mail(actionService,
                        tally.newlyExpiredAwaiting.get(), tally.awaiting.get(), new TreeMap<>(tally.byType),
                        auditLog.head()), null);
                return null;
            }, false);
            return true;
        } catch (RuntimeException e) {
            // the documents are marked either way; the next run with newly expired documents mails again
            LOGGER.error("Expiry job: could not mail {}", OfficerNotification.OFFICERS_GROUP, e);
            return false;
        }
    }

    private void audit(ExpiryRun run, long lapsedExtensionRequests) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("checked", Long.toString(run.checked()));
        details.put("newlyExpired", Long.toString(run.newlyExpired()));
        details.put("autoPurged", Long.toString(run.autoPurged()));
        details.put("purgeRefused", Long.toString(run.purgeRefused()));
        details.put("awaitingApproval", Long.toString(run.awaitingApproval()));
        details.put("officersNotified", Boolean.toString(run.notified()));
        details.put("complete", Boolean.toString(run.complete()));
        details.put("lapsedExtensionRequests", Long.toString(lapsedExtensionRequests));
        inTransaction(() -> auditLog.append(jobName(), "job.expiry", "workspace://SpacesStore", details), false);
    }

    private <R> R inTransaction(RetryingTransactionCallback<R> work, boolean readOnly) {
        // The job runs from Quartz, never inside a caller's transaction.
        return transactionService.getRetryingTransactionHelper()
                .doInTransaction(work, readOnly, true); // acs-lint: ok: scheduled job, no outer transaction
    }

    private static String text(Serializable value) {
        return value == null ? null : value.toString();
    }

    private static final class Tally {
        long checked;
        final AtomicLong newlyExpired = new AtomicLong();
        final AtomicLong awaiting = new AtomicLong();
        final AtomicLong newlyExpiredAwaiting = new AtomicLong();
        final Map<String, Long> byType = new ConcurrentHashMap<>();
        long autoPurged;
        long purgeRefused;
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

    public void setRetentionApplier(RetentionApplier retentionApplier) {
        this.retentionApplier = retentionApplier;
    }

    public void setCatalogue(RepositoryRetentionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void setStatusEvaluator(RetentionStatusEvaluator statusEvaluator) {
        this.statusEvaluator = statusEvaluator;
    }

    public void setExtensionRequests(ExtensionRequestService extensionRequests) {
        this.extensionRequests = extensionRequests;
    }

    public void setPurgeService(PurgeService purgeService) {
        this.purgeService = purgeService;
    }

    /** Recovers recomputes lost or left unfinished (optional: without it the job only handles expiry). */
    public void setRecomputeScheduler(RecomputeScheduler recomputeScheduler) {
        this.recomputeScheduler = recomputeScheduler;
    }

    public void setActionService(ActionService actionService) {
        this.actionService = actionService;
    }

    public void setAuditLog(RepositoryAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** {@code gdpr-retention.autoPurge.enabled}: purge AUTO_PURGE documents without an officer (default false). */
    public void setAutoPurgeEnabled(boolean autoPurgeEnabled) {
        this.autoPurgeEnabled = autoPurgeEnabled;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }
}
