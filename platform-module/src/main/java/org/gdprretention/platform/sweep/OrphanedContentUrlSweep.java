package org.gdprretention.platform.sweep;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.alfresco.repo.content.cleanup.EagerContentStoreCleaner;
import org.alfresco.repo.domain.contentdata.ContentDataDAO;
import org.alfresco.repo.domain.contentdata.ContentUrlEntity;
import org.alfresco.repo.transaction.RetryingTransactionHelper.RetryingTransactionCallback;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.batch.BatchRunner;
import org.gdprretention.platform.job.control.OnePageWorkProvider;
import org.gdprretention.platform.job.control.StopSignal;
import org.gdprretention.platform.job.control.SystemBatchWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Removes the binaries of content URLs that the repository already knows are unreferenced (ACS marked them
 * orphaned when the last node, version or rendition let go of them) now, instead of after
 * {@code system.content.orphanProtectDays}, when ACS's own cleaner would.
 *
 * <p>Each URL is handled the way ACS's content store cleaner handles it, inside a batch transaction: read the URL
 * again, and only while it is still orphaned hand it to the eager content store cleaner with {@code force} (which
 * deletes the binary from the stores after the commit, without a backup copy in {@code contentstore.deleted}) and
 * delete its row before the transaction commits. A URL that a node has taken up again meanwhile has no orphan time
 * any more and is kept.
 *
 * <p>The DAO lists orphaned URLs without an offset, so a removal run reads a page, removes it, and reads the next
 * page from the start (the removed rows are gone). A dry run cannot move past its first page that way; it counts at
 * most {@code dryRunLimit} URLs and says so when there may be more.
 *
 * <p>The lower-case {@code contentDataDAO} and {@code eagerContentStoreCleaner} beans are used on purpose: no public
 * service lists orphaned URLs or removes a binary by URL.
 */
public class OrphanedContentUrlSweep implements Sweep, InitializingBean {

    public static final String NAME = "orphanedContentUrls";

    private static final Logger LOGGER = LoggerFactory.getLogger(OrphanedContentUrlSweep.class);

    private ContentDataDAO contentDataDAO;
    private EagerContentStoreCleaner eagerContentStoreCleaner;
    private TransactionService transactionService;
    private BatchRunner batchRunner;
    private SweepAudit sweepAudit;
    private Clock clock = Clock.systemUTC();
    private int pageSize = 1000;
    private int dryRunLimit = 10_000;

    public void setContentDataDAO(ContentDataDAO contentDataDAO) {
        this.contentDataDAO = contentDataDAO;
    }

    public void setEagerContentStoreCleaner(EagerContentStoreCleaner eagerContentStoreCleaner) {
        this.eagerContentStoreCleaner = eagerContentStoreCleaner;
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

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public void setDryRunLimit(int dryRunLimit) {
        this.dryRunLimit = dryRunLimit;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "contentDataDAO", contentDataDAO);
        PropertyCheck.mandatory(this, "eagerContentStoreCleaner", eagerContentStoreCleaner);
        PropertyCheck.mandatory(this, "transactionService", transactionService);
        PropertyCheck.mandatory(this, "batchRunner", batchRunner);
        PropertyCheck.mandatory(this, "sweepAudit", sweepAudit);
        SweepSettings.requirePositive("gdpr-retention.sweep.orphanedContentUrls.pageSize", pageSize);
        SweepSettings.requirePositive("gdpr-retention.sweep.orphanedContentUrls.dryRunLimit", dryRunLimit);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SweepResult run(boolean dryRun, StopSignal stop) {
        // every URL orphaned before this run started; ACS's cleaner would wait orphanProtectDays longer
        long orphanedBefore = clock.millis();
        return dryRun ? count(orphanedBefore) : remove(orphanedBefore, stop);
    }

    private SweepResult count(long orphanedBefore) {
        List<OrphanedUrl> listed = list(orphanedBefore, dryRunLimit);
        long bytes = inReadOnlyTransaction(() -> {
            long sum = 0;
            for (OrphanedUrl url : listed) {
                ContentUrlEntity entity = contentDataDAO.getContentUrl(url.id());
                sum += entity == null ? 0 : entity.getSize();
            }
            return sum;
        });
        boolean limited = listed.size() >= dryRunLimit;
        List<String> problems = limited
                ? List.of("the dry run counted the first " + dryRunLimit + " orphaned URLs; there may be more")
                : List.of();
        return finish(new SweepResult(NAME, "orphaned content URLs", true, listed.size(), listed.size(), bytes, 0, 0,
                0, 0, !limited, problems));
    }

    private SweepResult remove(long orphanedBefore, StopSignal stop) {
        long scanned = 0;
        AtomicLong removed = new AtomicLong();
        AtomicLong removedBytes = new AtomicLong();
        AtomicLong kept = new AtomicLong();
        long failed = 0;
        boolean complete = false;
        while (!stop.stopRequested()) {
            List<OrphanedUrl> page = list(orphanedBefore, pageSize);
            scanned += page.size();
            long removedBefore = removed.get();
            BatchRunner.BatchOutcome result = batchRunner.run("gdpr-retention.orphanedContentUrlSweep",
                    new OnePageWorkProvider<>(page),
                    new SystemBatchWorker<OrphanedUrl>() {
                        @Override
                        public void process(OrphanedUrl url) {
                            if (stop.stopRequested()) {
                                return;
                            }
                            ContentUrlEntity entity = contentDataDAO.getContentUrl(url.id());
                            if (entity == null || entity.getOrphanTime() == null) {
                                // removed by ACS's own cleaner meanwhile, or referenced again: not ours to remove
                                kept.incrementAndGet();
                                return;
                            }
                            eagerContentStoreCleaner.registerOrphanedContentUrl(url.contentUrl(), true);
                            contentDataDAO.deleteContentUrls(List.of(url.id()));
                            removed.incrementAndGet();
                            removedBytes.addAndGet(entity.getSize());
                        }
                });
            failed += result.errors();
            if (page.size() < pageSize) {
                complete = !stop.stopRequested();
                break;
            }
            if (removed.get() == removedBefore) {
                // a full page and nothing removed: the same URLs would come back for ever
                LOGGER.warn("Orphaned content URL sweep: none of a whole page of {} URLs could be removed; "
                        + "stopping until the next run", page.size());
                break;
            }
        }
        List<String> problems = failed > 0
                ? List.of(failed + " URL(s) could not be removed; they stay orphaned for the next run or ACS's cleaner")
                : List.of();
        return finish(new SweepResult(NAME, "orphaned content URLs", false, scanned, scanned - kept.get(),
                removedBytes.get(), removed.get(), removedBytes.get(), kept.get(), failed, complete, problems));
    }

    private List<OrphanedUrl> list(long orphanedBefore, int limit) {
        return inReadOnlyTransaction(() -> {
            List<OrphanedUrl> urls = new ArrayList<>();
            contentDataDAO.getContentUrlsOrphaned((id, contentUrl, orphanTime) ->
                    urls.add(new OrphanedUrl(id, contentUrl)), orphanedBefore, limit);
            return urls;
        });
    }

    private <R> R inReadOnlyTransaction(RetryingTransactionCallback<R> work) {
        return transactionService.getRetryingTransactionHelper().doInTransaction(work, true, false);
    }

    private SweepResult finish(SweepResult result) {
        LOGGER.info("{}", result.summary());
        sweepAudit.record(result);
        return result;
    }

    /** One row of the orphaned URL listing. */
    record OrphanedUrl(Long id, String contentUrl) {
    }
}
