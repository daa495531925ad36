package org.gdprretention.platform.sweep;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.alfresco.query.PagingRequest;
import org.alfresco.query.PagingResults;
import org.alfresco.repo.node.archive.ArchivedNodesCannedQueryBuilder;
import org.alfresco.repo.node.archive.NodeArchiveService;
import org.alfresco.repo.transaction.RetryingTransactionHelper.RetryingTransactionCallback;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.sweep.TrashcanRule;
import org.gdprretention.platform.batch.BatchRunner;
import org.gdprretention.platform.job.control.OnePageWorkProvider;
import org.gdprretention.platform.job.control.StopSignal;
import org.gdprretention.platform.job.control.SystemBatchWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Purges items from the trashcan (the archive store) whose retention expired or that were deleted longer ago than
 * {@code gdpr-retention.trashcan.maxAge}, when nothing inside them is on legal hold or still retained
 * ({@link ArchivedHierarchy}). Purging goes through {@code NodeArchiveService.purgeArchivedNode}, ACS's own purge
 * with its policies (its own transaction per node); the binaries it orphans are then the orphaned content URL
 * sweep's.
 *
 * <p>The trashcan is read with {@code NodeArchiveService.listArchivedNodes}, ACS's canned query over the archive
 * root's children in the database (what the trashcan UI uses), oldest deletion first, page by page, as the system
 * user, who reads every user's deleted items. It has no cap on permission checks (unlike a search on the archive
 * store, which the database answers only up to {@code system.acl.maxPermissionChecks} and then silently stops), and
 * items deleted during the run come at the end. Purged items leave the listing, so the next page starts after the
 * items that are still there.
 *
 * <p>Run by {@link SweepRunner}: a counting pass over the whole trashcan, the brake on
 * {@code gdpr-retention.sweep.maxFraction} of the items looked at, then a removing pass that judges each item again
 * inside its batch (a hold may have been placed meanwhile) and purges at most as many items as were counted.
 * Hierarchies kept because of something inside them are reported by name (the first {@value #KEPT_REPORT_LIMIT}).
 */
public class TrashcanSweep implements Sweep, InitializingBean {

    public static final String NAME = "trashcan";
    static final int KEPT_REPORT_LIMIT = 20;

    private static final Logger LOGGER = LoggerFactory.getLogger(TrashcanSweep.class);

    private NodeArchiveService nodeArchiveService;
    private NodeService nodeService;
    private TransactionService transactionService;
    private BatchRunner batchRunner;
    private SweepAudit sweepAudit;
    private Clock clock = Clock.systemUTC();
    private String maxAge = "P30D";
    private String zone = ExpiryCalculator.DEFAULT_ZONE.getId();
    private int pageSize = 500;
    private double maxFraction = 0.10;

    private ArchivedHierarchy hierarchy;
    private SweepRunner runner;

    public void setNodeArchiveService(NodeArchiveService nodeArchiveService) {
        this.nodeArchiveService = nodeArchiveService;
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

    /** {@code gdpr-retention.sweep.maxFraction}: of the trashcan items looked at. */
    public void setMaxFraction(double maxFraction) {
        this.maxFraction = maxFraction;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeArchiveService", nodeArchiveService);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "transactionService", transactionService);
        PropertyCheck.mandatory(this, "batchRunner", batchRunner);
        PropertyCheck.mandatory(this, "sweepAudit", sweepAudit);
        SweepSettings.requirePositive("gdpr-retention.trashcan.pageSize", pageSize);
        ExpiryCalculator calculator = new ExpiryCalculator(SweepSettings.zone("gdpr-retention.zone", zone));
        TrashcanRule rule = new TrashcanRule(RetentionPeriod.parse("gdpr-retention.trashcan.maxAge", maxAge),
                calculator);
        hierarchy = new ArchivedHierarchy(nodeService, rule, calculator);
        runner = new SweepRunner(NAME, sweepAudit, SweepSettings.fraction("gdpr-retention.sweep.maxFraction",
                maxFraction));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SweepResult run(SweepOptions options, StopSignal stop) {
        return run(options, stop, SweepProgress.untracked());
    }

    @Override
    public SweepResult run(SweepOptions options, StopSignal stop, SweepProgress progress) {
        String target = StoreRef.STORE_REF_ARCHIVE_SPACESSTORE.toString();
        NodeRef archiveRoot = inReadOnlyTransaction(
                () -> nodeArchiveService.getStoreArchiveNode(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE));
        // no archive store: deleting goes straight past a trashcan, and there is nothing to sweep
        if (archiveRoot == null) {
            return runner.run(new Unavailable(target, "no archive store is configured for "
                    + StoreRef.STORE_REF_WORKSPACE_SPACESSTORE
                    + ": deleted items are not kept, so there is no trashcan to sweep"), options, stop, progress);
        }
        return runner.run(new Source(target, archiveRoot, clock.instant()), options, stop, progress);
    }

    private <R> R inReadOnlyTransaction(RetryingTransactionCallback<R> work) {
        return transactionService.getRetryingTransactionHelper().doInTransaction(work, true, false);
    }

    /** One page of the trashcan listing, judged. */
    private record Page(List<NodeRef> items, boolean hasMore, List<NodeRef> purgeable, long purgeableBytes,
                        List<String> keptBecause) {
    }

    private final class Source implements SweepSource {

        private final String target;
        private final NodeRef archiveRoot;
        private final Instant now;

        Source(String target, NodeRef archiveRoot, Instant now) {
            this.target = target;
            this.archiveRoot = archiveRoot;
            this.now = now;
        }

        @Override
        public Survey survey(StopSignal stop, SweepProgress progress) {
            long lookedAt = 0;
            long candidates = 0;
            long bytes = 0;
            List<String> problems = new ArrayList<>();
            long keptHierarchies = 0;
            boolean complete = false;
            int skip = 0;
            while (!stop.stopRequested()) {
                int from = skip;
                Page page = inReadOnlyTransaction(() -> readPage(from));
                lookedAt += page.items().size();
                candidates += page.purgeable().size();
                bytes += page.purgeableBytes();
                progress.looked(page.items().size(), page.purgeableBytes());
                for (String reason : page.keptBecause()) {
                    if (++keptHierarchies <= KEPT_REPORT_LIMIT) {
                        problems.add(reason);
                    }
                }
                skip += page.items().size();
                if (!page.hasMore()) {
                    complete = true;
                    break;
                }
            }
            if (keptHierarchies > KEPT_REPORT_LIMIT) {
                problems.add((keptHierarchies - KEPT_REPORT_LIMIT) + " more deleted folder(s) kept for what is"
                        + " inside them");
            }
            if (!complete) {
                problems.add("the trashcan was not read to its end");
            }
            return new Survey(target, lookedAt, candidates, bytes, lookedAt - candidates, complete, problems,
                    List.of());
        }

        @Override
        public Removal remove(Survey survey, StopSignal stop, SweepProgress progress) {
            Tally tally = new Tally();
            int remainingBefore = 0;
            boolean complete = false;
            while (!stop.stopRequested()) {
                long allowed = survey.candidates() - tally.removed - tally.failed;
                if (allowed <= 0) {
                    complete = true;
                    break;
                }
                int skip = remainingBefore;
                Page page = inReadOnlyTransaction(() -> readPage(skip));
                List<NodeRef> purgeable = page.purgeable().subList(0,
                        (int) Math.min(allowed, page.purgeable().size()));
                long leftThePage = purgeable.isEmpty() ? 0 : purge(purgeable, stop, tally, progress);
                remainingBefore += page.items().size() - (int) leftThePage;
                if (!page.hasMore()) {
                    complete = !stop.stopRequested();
                    break;
                }
            }
            List<String> problems = tally.failed > 0
                    ? List.of(tally.failed + " item(s) could not be purged; they stay in the trashcan for the next run")
                    : List.of();
            return new Removal(tally.removed, tally.removedBytes, tally.keptOnSecondLook, tally.failed, complete,
                    problems);
        }

        private Page readPage(int skip) {
            PagingResults<NodeRef> results = nodeArchiveService.listArchivedNodes(
                    new ArchivedNodesCannedQueryBuilder.Builder(archiveRoot, new PagingRequest(skip, pageSize))
                            .sortOrderAscending(true).build());
            List<NodeRef> items = List.copyOf(results.getPage());
            List<NodeRef> purgeable = new ArrayList<>();
            List<String> keptBecause = new ArrayList<>();
            long bytes = 0;
            for (NodeRef item : items) {
                ArchivedHierarchy.Judgement judgement = hierarchy.judge(item, now);
                if (judgement.purges()) {
                    purgeable.add(item);
                    bytes += judgement.bytes();
                } else if (judgement.keptBecause() != null) {
                    keptBecause.add(judgement.keptBecause());
                }
            }
            return new Page(items, results.hasMoreItems(), purgeable, bytes, keptBecause);
        }

        /** @return how many of the items left the trashcan (purged, or already gone) */
        private long purge(List<NodeRef> purgeable, StopSignal stop, Tally tally, SweepProgress progress) {
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
                                progress.removed(1, 0);
                                return;
                            }
                            // judged again inside the batch: a hold may have been placed since the page was read
                            ArchivedHierarchy.Judgement judgement = hierarchy.judge(node, now);
                            if (!judgement.purges()) {
                                keptOnSecondLook.incrementAndGet();
                                progress.removed(1, 0);
                                return;
                            }
                            nodeArchiveService.purgeArchivedNode(node);
                            purged.incrementAndGet();
                            purgedBytes.addAndGet(judgement.bytes());
                            progress.removed(1, judgement.bytes());
                        }
                    });
            tally.removed += purged.get();
            tally.removedBytes += purgedBytes.get();
            tally.keptOnSecondLook += keptOnSecondLook.get();
            tally.failed += result.errors();
            if (result.errors() > 0) {
                LOGGER.warn("Trashcan sweep: {} item(s) failed to purge; the batch log above names them",
                        result.errors());
            }
            return purged.get() + gone.get();
        }
    }

    private static final class Tally {
        long removed;
        long removedBytes;
        long keptOnSecondLook;
        long failed;
    }
}
