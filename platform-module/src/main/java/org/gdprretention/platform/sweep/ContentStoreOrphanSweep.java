package org.gdprretention.platform.sweep;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.alfresco.repo.content.ContentStore;
import org.alfresco.repo.domain.contentdata.ContentDataDAO;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.sweep.FileContentStoreWalker;
import org.gdprretention.core.sweep.OrphanPlanner;
import org.gdprretention.core.sweep.OrphanSweep;
import org.gdprretention.core.sweep.OrphanSweepSummary;
import org.gdprretention.core.sweep.StoreWalk;
import org.gdprretention.core.sweep.StoredBinary;
import org.gdprretention.platform.job.control.StopSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Finds files in the file content store that the repository has no content URL for at all (left behind by a
 * crash between writing a binary and committing its node, by a restored database, by a failed clean-up), and
 * removes those older than the protect window ({@code gdpr-retention.sweep.protectWindow}; younger files may
 * belong to an upload whose transaction has not committed yet).
 *
 * <p>How each file is checked against the repository: ACS's API has no sorted listing of all content URLs (the
 * content data DAO looks URLs up one at a time and lists only orphaned ones), so a streaming merge against the
 * database is not possible without SQL of our own. Instead the walk is cut into batches of
 * {@code batchSize} files, in walk order, and each file's URL is looked up with {@code getContentUrl(url)} in one
 * read-only transaction per batch; a URL without a row is unknown to the repository. The known URLs of a batch
 * are a sorted subset of the batch, so the engine's {@link OrphanPlanner} merges each batch exactly, with the same
 * protect-window rule as everywhere else. Memory is one directory listing per level plus one batch.
 *
 * <p>Deletion follows the engine's rule for sweeps ({@link OrphanSweep}): a first pass changes nothing and must
 * complete (whole store walked, both sides in order); only then does a second pass walk again, look up again and
 * delete, each file after a last look at it. A store in which no file at all is known to the repository is
 * refused, because that is what a wrong root (another repository's store, a copy) looks like.
 */
public class ContentStoreOrphanSweep implements Sweep, InitializingBean {

    public static final String NAME = "contentStoreOrphans";

    private static final Logger LOGGER = LoggerFactory.getLogger(ContentStoreOrphanSweep.class);

    private ContentDataDAO contentDataDAO;
    private TransactionService transactionService;
    private SweepAudit sweepAudit;
    private Clock clock = Clock.systemUTC();
    private String contentStoreRoot;
    private ContentStore contentStore;
    private String protectWindow = "PT24H";
    private int batchSize = 1000;
    private int unreadableReportLimit = FileContentStoreWalker.DEFAULT_UNREADABLE_SAMPLE_LIMIT;

    private Duration protect;

    public void setContentDataDAO(ContentDataDAO contentDataDAO) {
        this.contentDataDAO = contentDataDAO;
    }

    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }

    public void setSweepAudit(SweepAudit sweepAudit) {
        this.sweepAudit = sweepAudit;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** {@code gdpr-retention.sweep.contentStoreRoot}; blank: where ACS's {@code fileContentStore} keeps its files. */
    public void setContentStoreRoot(String contentStoreRoot) {
        this.contentStoreRoot = contentStoreRoot;
    }

    public void setContentStore(ContentStore contentStore) {
        this.contentStore = contentStore;
    }

    /** ISO-8601 duration, e.g. {@code PT24H}. */
    public void setProtectWindow(String protectWindow) {
        this.protectWindow = protectWindow;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public void setUnreadableReportLimit(int unreadableReportLimit) {
        this.unreadableReportLimit = unreadableReportLimit;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "contentDataDAO", contentDataDAO);
        PropertyCheck.mandatory(this, "transactionService", transactionService);
        PropertyCheck.mandatory(this, "sweepAudit", sweepAudit);
        if ((contentStoreRoot == null || contentStoreRoot.isBlank()) && contentStore == null) {
            PropertyCheck.mandatory(this, "contentStore", contentStore);
        }
        SweepSettings.requirePositive("gdpr-retention.job.contentStoreOrphans.batchSize", batchSize);
        protect = SweepSettings.duration("gdpr-retention.sweep.protectWindow", protectWindow);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SweepResult run(boolean dryRun, StopSignal stop) {
        StoreRoot.Resolved resolved = StoreRoot.resolve(contentStoreRoot, contentStore,
                "gdpr-retention.sweep.contentStoreRoot");
        if (resolved.problem().isPresent()) {
            LOGGER.warn("Content store orphan sweep not run: {}", resolved.problem().get());
            return finish(SweepResult.refused(NAME, resolved.display(), dryRun, resolved.problem().get()));
        }
        Path root = resolved.directory();
        FileContentStoreWalker walker = new FileContentStoreWalker(root, unreadableReportLimit);
        Instant now = clock.instant();
        Pass counting = pass(walker, now, stop, orphan -> { });
        if (dryRun) {
            return finish(counting.toResult(NAME, root, true, 0, 0, 0, 0));
        }
        if (!counting.complete()) {
            Pass unfinished = counting.withProblem("the counting pass did not finish, so nothing was deleted");
            return finish(unfinished.toResult(NAME, root, false, 0, 0, 0, 0));
        }
        if (counting.summary.referenced() == 0 && counting.summary.scanned() > 0) {
            Pass refused = counting.withProblem("none of the " + counting.summary.scanned() + " files in " + root
                    + " is known to this repository: is this its content store? Nothing was deleted");
            return finish(refused.toResult(NAME, root, false, 0, 0, 0, 0));
        }
        Instant cutoff = now.minus(protect);
        Removals removals = new Removals();
        Pass deleting = pass(walker, now, stop, orphan -> removals.remove(walker.pathOf(orphan.contentUrl()), cutoff));
        Pass reported = removals.problems.isEmpty() ? deleting : deleting.withProblems(removals.problems);
        return finish(reported.toResult(NAME, root, false, removals.removed, removals.removedBytes, removals.changed,
                removals.failed));
    }

    /** One walk of the whole store, each batch looked up in the repository and merged by the engine. */
    private Pass pass(FileContentStoreWalker walker, Instant now, StopSignal stop, Consumer<StoredBinary> onOrphan) {
        OrphanPlanner planner = new OrphanPlanner(protect);
        StoreWalk walk = walker.walk();
        Totals totals = new Totals();
        List<String> problems = new ArrayList<>();
        String lastUrl = null;
        boolean inOrder = true;
        while (!stop.stopRequested() && walk.hasNext()) {
            List<StoredBinary> batch = new ArrayList<>(batchSize);
            while (batch.size() < batchSize && walk.hasNext()) {
                batch.add(walk.next());
            }
            if (lastUrl != null && batch.get(0).contentUrl().compareTo(lastUrl) <= 0) {
                problems.add("the store walk was out of order at " + batch.get(0).contentUrl()
                        + "; nothing is deleted after an unordered walk");
                inOrder = false;
                break;
            }
            lastUrl = batch.get(batch.size() - 1).contentUrl();
            List<String> known = knownUrls(batch);
            OrphanSweep orphans = planner.orphans(batch.iterator(), known.iterator(), now);
            try {
                orphans.forEachRemaining(onOrphan);
            } catch (IllegalStateException e) {
                problems.add(e.getMessage());
                inOrder = false;
                break;
            }
            totals.add(orphans.summary());
        }
        problems.addAll(SweepProblems.of(walk.summary()));
        boolean complete = inOrder && walk.summary().complete();
        return new Pass(new OrphanSweepSummary(totals.scanned, totals.referenced, totals.protectedTooYoung,
                totals.orphans, totals.orphanBytes, complete), problems);
    }

    private List<String> knownUrls(List<StoredBinary> batch) {
        return transactionService.getRetryingTransactionHelper().doInTransaction(() -> {
            List<String> known = new ArrayList<>();
            for (StoredBinary binary : batch) {
                if (contentDataDAO.getContentUrl(binary.contentUrl()) != null) {
                    known.add(binary.contentUrl());
                }
            }
            return known;
        }, true, false);
    }

    private SweepResult finish(SweepResult result) {
        LOGGER.info("{}", result.summary());
        sweepAudit.record(result);
        return result;
    }

    private record Pass(OrphanSweepSummary summary, List<String> problems) {

        boolean complete() {
            return summary.complete();
        }

        Pass withProblem(String problem) {
            return withProblems(List.of(problem));
        }

        Pass withProblems(List<String> more) {
            List<String> all = new ArrayList<>(problems);
            all.addAll(more);
            return new Pass(summary, all);
        }

        SweepResult toResult(String name, Path root, boolean dryRun, long removed, long removedBytes, long changed,
                long failed) {
            return new SweepResult(name, root.toString(), dryRun, summary.scanned(), summary.orphans(),
                    summary.orphanBytes(), removed, removedBytes,
                    summary.referenced() + summary.protectedTooYoung() + changed, failed, summary.complete(),
                    problems);
        }
    }

    private static final class Totals {
        long scanned;
        long referenced;
        long protectedTooYoung;
        long orphans;
        long orphanBytes;

        void add(OrphanSweepSummary batch) {
            scanned += batch.scanned();
            referenced += batch.referenced();
            protectedTooYoung += batch.protectedTooYoung();
            orphans += batch.orphans();
            orphanBytes += batch.orphanBytes();
        }
    }

    private final class Removals {
        long removed;
        long removedBytes;
        long changed;
        long failed;
        final List<String> problems = new ArrayList<>();

        void remove(Path file, Instant cutoff) {
            StoreFileRemover.Removal removal = StoreFileRemover.remove(file, cutoff);
            switch (removal.outcome()) {
                case DELETED -> {
                    removed++;
                    removedBytes += removal.bytes();
                }
                case FAILED -> {
                    failed++;
                    if (failed <= unreadableReportLimit) {
                        problems.add("could not delete " + removal.problem());
                    }
                }
                default -> changed++;
            }
        }
    }
}
