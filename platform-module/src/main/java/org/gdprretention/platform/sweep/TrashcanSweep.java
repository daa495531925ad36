package org.gdprretention.platform.sweep;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.archive.NodeArchiveService;
import org.alfresco.repo.transaction.RetryingTransactionHelper.RetryingTransactionCallback;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.sweep.TrashcanRule;
import org.gdprretention.core.sweep.TrashcanVerdict;
import org.gdprretention.platform.batch.BatchRunner;
import org.gdprretention.platform.batch.SortedSearch;
import org.gdprretention.platform.job.control.OnePageWorkProvider;
import org.gdprretention.platform.job.control.StopSignal;
import org.gdprretention.platform.job.control.SystemBatchWorker;
import org.gdprretention.platform.model.RetentionModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Purges items from the trashcan (the archive store) whose retention expired or that were deleted longer ago than
 * {@code gdpr-retention.trashcan.maxAge}; items on legal hold stay. Purging goes through
 * {@code NodeArchiveService.purgeArchivedNode}, ACS's own purge with its policies; the binaries it orphans are
 * then the orphaned content URL sweep's.
 *
 * <p>The trashcan is read page by page with a query on the archive store ({@code ASPECT:"sys:archived"}, answered by
 * the database where ACS can, sorted by database id), as the system user, who reads every user's deleted items. Each
 * page is judged in a read-only transaction and its purgeable items are purged in BatchProcessor batches before the
 * next page is read. Purged items leave the result, so the next page starts after the items that are still there:
 * reading the next page while batches still run would shift the result under the reader and skip items.
 *
 * <p>Only the trashcan's own items are judged (what a user deleted); a document inside a deleted folder goes with
 * its folder.
 */
public class TrashcanSweep implements Sweep, InitializingBean {

    public static final String NAME = "trashcan";

    private static final Logger LOGGER = LoggerFactory.getLogger(TrashcanSweep.class);

    private NodeArchiveService nodeArchiveService;
    private NodeService nodeService;
    private SearchService searchService;
    private TransactionService transactionService;
    private BatchRunner batchRunner;
    private SweepAudit sweepAudit;
    private Clock clock = Clock.systemUTC();
    private String maxAge = "P30D";
    private String zone = ExpiryCalculator.DEFAULT_ZONE.getId();
    private int pageSize = 500;

    private TrashcanRule rule;
    private ZoneId zoneId;

    public void setNodeArchiveService(NodeArchiveService nodeArchiveService) {
        this.nodeArchiveService = nodeArchiveService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setSearchService(SearchService searchService) {
        this.searchService = searchService;
    }

    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }

    public void setBatchRunner(BatchRunner batchRunner) {
        this.batchRunner = batchRunner;
    }

    public void setSweepAudit(SweepAudit sweepAudit) {
        this.sweepAudit = sweepAudit;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** ISO-8601 period (days, weeks, months, years), e.g. {@code P30D}. */
    public void setMaxAge(String maxAge) {
        this.maxAge = maxAge;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeArchiveService", nodeArchiveService);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "searchService", searchService);
        PropertyCheck.mandatory(this, "transactionService", transactionService);
        PropertyCheck.mandatory(this, "batchRunner", batchRunner);
        PropertyCheck.mandatory(this, "sweepAudit", sweepAudit);
        SweepSettings.requirePositive("gdpr-retention.trashcan.pageSize", pageSize);
        zoneId = SweepSettings.zone("gdpr-retention.zone", zone);
        rule = new TrashcanRule(RetentionPeriod.parse("gdpr-retention.trashcan.maxAge", maxAge),
                new ExpiryCalculator(zoneId));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SweepResult run(boolean dryRun, StopSignal stop) {
        Instant now = clock.instant();
        StoreRef archiveStore = StoreRef.STORE_REF_ARCHIVE_SPACESSTORE;
        NodeRef archiveRoot = inReadOnlyTransaction(
                () -> nodeArchiveService.getStoreArchiveNode(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE));
        // no archive store: deleting goes straight past a trashcan, and there is nothing to sweep
        if (archiveRoot == null) {
            return finish(SweepResult.refused(NAME, archiveStore.toString(), dryRun,
                    "no archive store is configured for " + StoreRef.STORE_REF_WORKSPACE_SPACESSTORE
                            + ": deleted items are not kept, so there is no trashcan to sweep"));
        }
        Tally tally = new Tally();
        int remainingBefore = 0;
        boolean complete = false;
        while (!stop.stopRequested()) {
            int skip = remainingBefore;
            Page page = inReadOnlyTransaction(() -> readPage(skip, now));
            tally.scanned += page.size;
            tally.kept += page.kept;
            tally.candidates += page.purgeable.size();
            tally.candidateBytes += page.purgeableBytes;
            long leftThePage = dryRun || page.purgeable.isEmpty() ? 0 : purge(page.purgeable, now, stop, tally);
            remainingBefore += page.size - (int) leftThePage;
            if (!page.hasMore || page.size == 0) {
                complete = !stop.stopRequested();
                break;
            }
        }
        List<String> problems = tally.failed > 0
                ? List.of(tally.failed + " item(s) could not be purged; they stay in the trashcan for the next run")
                : List.of();
        return finish(new SweepResult(NAME, archiveStore.toString(), dryRun, tally.scanned, tally.candidates,
                tally.candidateBytes, tally.removed, tally.removedBytes, tally.kept, tally.failed, complete, problems));
    }

    private Page readPage(int skip, Instant now) {
        // the trashcan's own items: what users deleted (the nodes below them have no sys:archived aspect)
        List<NodeRef> nodes = SortedSearch.page(searchService,
                SortedSearch.fts(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE, "ASPECT:\"sys:archived\""), skip, pageSize);
        Page page = new Page();
        page.size = nodes.size();
        page.hasMore = nodes.size() == pageSize;
        for (NodeRef node : nodes) {
            if (judge(node, now).purges()) {
                page.purgeable.add(node);
                page.purgeableBytes += contentSize(node);
            } else {
                page.kept++;
            }
        }
        return page;
    }

    /** @return how many of the items left the trashcan (purged, or already gone) */
    private long purge(List<NodeRef> purgeable, Instant now, StopSignal stop, Tally tally) {
        AtomicLong purged = new AtomicLong();
        AtomicLong purgedBytes = new AtomicLong();
        AtomicLong gone = new AtomicLong();
        AtomicLong keptOnSecondLook = new AtomicLong();
        BatchRunner.BatchOutcome result = batchRunner.run("gdpr-retention.trashcanSweep",
                new OnePageWorkProvider<>(purgeable),
                new SystemBatchWorker<NodeRef>() {
                    @Override
                    public void process(NodeRef node) {
                        if (stop.stopRequested()) {
                            return;
                        }
                        if (!nodeService.exists(node)) {
                            gone.incrementAndGet();
                            return;
                        }
                        // judged again inside the batch: a hold may have been placed since the page was read
                        if (!judge(node, now).purges()) {
                            keptOnSecondLook.incrementAndGet();
                            return;
                        }
                        long size = contentSize(node);
                        nodeArchiveService.purgeArchivedNode(node);
                        purged.incrementAndGet();
                        purgedBytes.addAndGet(size);
                    }
                });
        tally.removed += purged.get();
        tally.removedBytes += purgedBytes.get();
        tally.kept += keptOnSecondLook.get();
        tally.failed += result.errors();
        if (result.errors() > 0) {
            LOGGER.warn("Trashcan sweep: {} item(s) failed to purge; the batch log above names them", result.errors());
        }
        return purged.get() + gone.get();
    }

    private TrashcanVerdict judge(NodeRef node, Instant now) {
        Date archivedDate = (Date) nodeService.getProperty(node, ContentModel.PROP_ARCHIVED_DATE);
        Date expiryDate = (Date) nodeService.getProperty(node, RetentionModel.PROP_EXPIRY_DATE);
        boolean onHold = nodeService.hasAspect(node, RetentionModel.ASPECT_LEGAL_HOLD);
        return rule.judge(archivedDate == null ? null : archivedDate.toInstant(), localDate(expiryDate), onHold, now);
    }

    /** A d:date is stored as the start of its day in the retention zone; reading it back in that zone gives the day. */
    private LocalDate localDate(Date date) {
        return date == null ? null : date.toInstant().atZone(zoneId).toLocalDate();
    }

    private long contentSize(NodeRef node) {
        Serializable content = nodeService.getProperty(node, ContentModel.PROP_CONTENT);
        return content instanceof ContentData data ? data.getSize() : 0L;
    }

    private <R> R inReadOnlyTransaction(RetryingTransactionCallback<R> work) {
        return transactionService.getRetryingTransactionHelper().doInTransaction(work, true, false);
    }

    private SweepResult finish(SweepResult result) {
        LOGGER.info("{}", result.summary());
        sweepAudit.record(result);
        return result;
    }

    private static final class Page {
        int size;
        boolean hasMore;
        long kept;
        final List<NodeRef> purgeable = new ArrayList<>();
        long purgeableBytes;
    }

    private static final class Tally {
        long scanned;
        long kept;
        long candidates;
        long candidateBytes;
        long removed;
        long removedBytes;
        long failed;
    }
}
