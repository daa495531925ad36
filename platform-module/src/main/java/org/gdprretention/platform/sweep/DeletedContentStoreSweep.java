package org.gdprretention.platform.sweep;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.alfresco.repo.content.ContentStore;
import org.alfresco.repo.domain.contentdata.ContentDataDAO;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.sweep.DeletedStoreSelection;
import org.gdprretention.core.sweep.DeletedStoreSummary;
import org.gdprretention.core.sweep.DeletedStoreSweep;
import org.gdprretention.core.sweep.FileContentStoreWalker;
import org.gdprretention.core.sweep.StoreWalk;
import org.gdprretention.core.sweep.StoredBinary;
import org.gdprretention.platform.job.control.StopSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Empties {@code contentstore.deleted} of backup copies older than {@code gdpr-retention.sweep.deletedStore.maxAge}.
 * ACS's lazy content cleaner copies every binary it removes there and never deletes the copies, so without this
 * deleted personal data would stay on disk indefinitely. (The add-on's own purges remove binaries through the eager
 * cleaner, which makes no such copy.)
 *
 * <p>The files are not known to the repository, so there is nothing to check each of them against: the age is the
 * rule ({@link DeletedStoreSweep}), at least one day. Because age alone decides, a root pointed at the live store
 * would delete the repository's documents; {@link LiveStoreGuard} refuses such a root before anything is deleted
 * (by its real path, and by a sample of its files that the repository must not know), and the refusal is audited.
 * Runs on the node where the directory is mounted; says so when it is not there.
 *
 * <p>Run by {@link SweepRunner}: a first walk counts (the brake measures the share of backup files that are old
 * enough), a second walk deletes, at most as many files as the first counted, each after a last look at it.
 */
public class DeletedContentStoreSweep implements Sweep, InitializingBean {

    public static final String NAME = "deletedContentStore";
    /** Backups younger than a day are kept whatever the setting: a wrongly pointed run then hits no fresh upload. */
    static final Duration MINIMUM_MAX_AGE = Duration.ofDays(1);

    private static final Logger LOGGER = LoggerFactory.getLogger(DeletedContentStoreSweep.class);

    private SweepAudit sweepAudit;
    private ContentDataDAO contentDataDAO;
    private TransactionService transactionService;
    private List<String> liveStoreRoots = List.of();
    private ContentStore liveContentStore;
    private Clock clock = Clock.systemUTC();
    private String deletedStoreRoot;
    private ContentStore deletedContentStore;
    private String maxAge = "P7D";
    private int unreadableReportLimit = FileContentStoreWalker.DEFAULT_UNREADABLE_SAMPLE_LIMIT;
    private double maxFraction = 0.10;

    private DeletedStoreSweep rule;
    private SweepRunner runner;
    private LiveStoreGuard guard;

    public void setSweepAudit(SweepAudit sweepAudit) {
        this.sweepAudit = sweepAudit;
    }

    public void setContentDataDAO(ContentDataDAO contentDataDAO) {
        this.contentDataDAO = contentDataDAO;
    }

    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }

    /** Directories of the live content store ({@code dir.contentstore}, ...); blank entries are ignored. */
    public void setLiveStoreRoots(List<String> liveStoreRoots) {
        this.liveStoreRoots = liveStoreRoots == null ? List.of() : List.copyOf(liveStoreRoots);
    }

    /** ACS's {@code fileContentStore}: its root location is a live store root too. */
    public void setLiveContentStore(ContentStore liveContentStore) {
        this.liveContentStore = liveContentStore;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** {@code gdpr-retention.sweep.deletedStoreRoot}; blank: where ACS's {@code deletedContentStore} keeps files. */
    public void setDeletedStoreRoot(String deletedStoreRoot) {
        this.deletedStoreRoot = deletedStoreRoot;
    }

    public void setDeletedContentStore(ContentStore deletedContentStore) {
        this.deletedContentStore = deletedContentStore;
    }

    /** ISO-8601 duration of at least one day, e.g. {@code P7D}. */
    public void setMaxAge(String maxAge) {
        this.maxAge = maxAge;
    }

    public void setUnreadableReportLimit(int unreadableReportLimit) {
        this.unreadableReportLimit = unreadableReportLimit;
    }

    /** {@code gdpr-retention.sweep.maxFraction}: of the backup files looked at. */
    public void setMaxFraction(double maxFraction) {
        this.maxFraction = maxFraction;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "sweepAudit", sweepAudit);
        PropertyCheck.mandatory(this, "contentDataDAO", contentDataDAO);
        PropertyCheck.mandatory(this, "transactionService", transactionService);
        if ((deletedStoreRoot == null || deletedStoreRoot.isBlank()) && deletedContentStore == null) {
            PropertyCheck.mandatory(this, "deletedContentStore", deletedContentStore);
        }
        Duration age = SweepSettings.durationOfAtLeast("gdpr-retention.sweep.deletedStore.maxAge", maxAge,
                MINIMUM_MAX_AGE, "age alone decides in contentstore.deleted, and a day keeps anything recent safe");
        rule = new DeletedStoreSweep(age);
        guard = new LiveStoreGuard(liveStoreRoots, liveContentStore, contentDataDAO, transactionService);
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
        StoreRoot.Resolved resolved = StoreRoot.resolve(deletedStoreRoot, deletedContentStore,
                "gdpr-retention.sweep.deletedStoreRoot");
        if (resolved.problem().isPresent()) {
            LOGGER.warn("Deleted content store sweep not run: {}", resolved.problem().get());
            return runner.run(new Unavailable(resolved.display(), resolved.problem().get()), options, stop, progress);
        }
        Optional<String> live = guard.overlap(resolved.directory());
        if (live.isEmpty() && StoreMarker.isPresent(resolved.directory())) {
            live = Optional.of("'" + resolved.directory() + "' is marked as a repository's live content store ("
                    + StoreMarker.fileIn(resolved.directory()) + ", written by the content store sweep): this sweep"
                    + " may only be pointed at contentstore.deleted; nothing was deleted");
        }
        if (live.isPresent()) {
            LOGGER.error("Deleted content store sweep refused: {}", live.get());
            return runner.run(new Unavailable(resolved.display(), live.get()), options, stop, progress);
        }
        return runner.run(new Source(resolved.directory(), clock.instant()), options, stop, progress);
    }

    /** Two walks of the directory: the first counts, the second deletes what the first counted. */
    private final class Source implements SweepSource {

        private final Path root;
        private final Instant now;
        private final FileContentStoreWalker walker;

        Source(Path root, Instant now) {
            this.root = root;
            this.now = now;
            this.walker = new FileContentStoreWalker(root, unreadableReportLimit);
        }

        @Override
        public Survey survey(StopSignal stop, SweepProgress progress) {
            StoreWalk walk = walker.walk();
            ReservoirSample sample = new ReservoirSample(LiveStoreGuard.SAMPLE_SIZE, now.toEpochMilli());
            Iterator<StoredBinary> sampled = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return walk.hasNext();
                }

                @Override
                public StoredBinary next() {
                    StoredBinary binary = walk.next();
                    sample.offer(binary.contentUrl());
                    progress.looked(1, 0);
                    return binary;
                }
            };
            DeletedStoreSelection removable = rule.removable(sampled, now);
            while (!stop.stopRequested() && removable.hasNext()) {
                progress.looked(0, removable.next().sizeBytes());
            }
            DeletedStoreSummary summary = removable.summary();
            Survey survey = new Survey(root.toString(), summary.scanned(), summary.removable(),
                    summary.removableBytes(), summary.keptTooYoung(), summary.complete() && walk.summary().complete(),
                    SweepProblems.of(walk.summary()), List.of());
            Optional<String> known = guard.knownFiles(root, sample.items());
            if (known.isPresent()) {
                LOGGER.error("Deleted content store sweep refused: {}", known.get());
                return survey.withBlocker(known.get());
            }
            Optional<String> unsafe = StoreFileRemover.unsupported(root);
            return unsafe.isPresent() ? survey.withBlocker(unsafe.get()) : survey;
        }

        @Override
        public Removal remove(Survey survey, StopSignal stop, SweepProgress progress) {
            Instant cutoff = now.minus(rule.maxAge());
            StoreWalk walk = walker.walk();
            DeletedStoreSelection removable = rule.removable(walk, now);
            // never more than the survey counted: backups that aged meanwhile wait for the next run
            try (StoreFileRemover remover = new StoreFileRemover(root)) {
                FileRemovals removals = new FileRemovals(remover, survey.candidates(), unreadableReportLimit,
                        progress);
                while (!stop.stopRequested() && !removals.limitReached() && removable.hasNext()) {
                    removals.remove(walker.pathOf(removable.next().contentUrl()), cutoff);
                }
                boolean complete = !stop.stopRequested()
                        && (removals.limitReached() || removable.summary().complete());
                return removals.result(complete, List.of(), false);
            }
        }
    }
}
