package org.gdprretention.platform.sweep;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.alfresco.repo.content.ContentStore;
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
 * <p>How each file is checked against the repository: the walk is cut into batches of {@code batchSize} files, in
 * walk order, and each batch is looked up in ACS's content URL table with one query ({@link ContentUrlTable}); a URL
 * without a row is unknown to the repository. Not through {@code ContentDataDAO.getContentUrl}: that answers one URL
 * at a time through ACS's shared content URL cache, so a run over a large store would push the repository's working
 * set out of it. Only a row's existence is used, never an orphan time. The known URLs of a batch are a sorted subset
 * of the batch, so the engine's {@link OrphanPlanner} merges each batch exactly, with the same protect-window rule as
 * everywhere else. Memory is one directory listing per level plus one batch.
 *
 * <p>The protect window is at least one hour: ACS's file store writes the file before the content URL row exists
 * (the row comes when the upload's transaction commits), so a younger unknown file may be an upload in flight.
 *
 * <p>Deletion follows the engine's rule for sweeps ({@link OrphanSweep}): a first pass changes nothing and must
 * complete (whole store walked, both sides in order); only then does a second pass walk again, look up again and
 * delete, each file after a last look at it, never more files than the first pass counted ({@link SweepRunner}:
 * survey, brake on {@code gdpr-retention.sweep.maxFraction} of the files looked at, removal, audit). A store in
 * which no file at all is known to the repository is refused, because that is what a wrong root (another
 * repository's store, a copy) looks like.
 */
public class ContentStoreOrphanSweep implements Sweep, InitializingBean {

    public static final String NAME = "contentStoreOrphans";
    static final Duration MINIMUM_PROTECT_WINDOW = Duration.ofHours(1);

    private static final Logger LOGGER = LoggerFactory.getLogger(ContentStoreOrphanSweep.class);

    private ReferencedContentUrls referencedContentUrls;
    private SweepAudit sweepAudit;
    private Clock clock = Clock.systemUTC();
    private String contentStoreRoot;
    private ContentStore contentStore;
    private String protectWindow = "PT24H";
    private int batchSize = 1000;
    private int unreadableReportLimit = FileContentStoreWalker.DEFAULT_UNREADABLE_SAMPLE_LIMIT;
    private double maxFraction = 0.10;

    private Duration protect;
    private SweepRunner runner;

    /** The repository's content URL table ({@link ContentUrlTable} on ACS's {@code dataSource}). */
    public void setReferencedContentUrls(ReferencedContentUrls referencedContentUrls) {
        this.referencedContentUrls = referencedContentUrls;
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

    /** ISO-8601 duration, at least {@code PT1H}, e.g. {@code PT24H}. */
    public void setProtectWindow(String protectWindow) {
        this.protectWindow = protectWindow;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public void setUnreadableReportLimit(int unreadableReportLimit) {
        this.unreadableReportLimit = unreadableReportLimit;
    }

    /** {@code gdpr-retention.sweep.maxFraction}: of the files looked at. */
    public void setMaxFraction(double maxFraction) {
        this.maxFraction = maxFraction;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "referencedContentUrls", referencedContentUrls);
        PropertyCheck.mandatory(this, "sweepAudit", sweepAudit);
        if ((contentStoreRoot == null || contentStoreRoot.isBlank()) && contentStore == null) {
            PropertyCheck.mandatory(this, "contentStore", contentStore);
        }
        SweepSettings.requirePositive("gdpr-retention.job.contentStoreOrphans.batchSize", batchSize);
        protect = SweepSettings.durationOfAtLeast("gdpr-retention.sweep.protectWindow", protectWindow,
                MINIMUM_PROTECT_WINDOW, "the file store writes a file before its content URL row exists, so a"
                        + " younger file may be an upload in flight");
        runner = new SweepRunner(NAME, sweepAudit, SweepSettings.fraction("gdpr-retention.sweep.maxFraction",
                maxFraction));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SweepResult run(SweepOptions options, StopSignal stop) {
        StoreRoot.Resolved resolved = StoreRoot.resolve(contentStoreRoot, contentStore,
                "gdpr-retention.sweep.contentStoreRoot");
        if (resolved.problem().isPresent()) {
            LOGGER.warn("Content store orphan sweep not run: {}", resolved.problem().get());
            return runner.run(new Unavailable(resolved.display(), resolved.problem().get()), options, stop);
        }
        return runner.run(new Source(resolved.directory(), clock.instant()), options, stop);
    }

    /** The counting pass, then the deleting pass, each a whole walk of the store merged against the repository. */
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
        public Survey survey(StopSignal stop) {
            Pass counting = pass(walker, now, stop, orphan -> { });
            OrphanSweepSummary summary = counting.summary();
            Survey survey = new Survey(root.toString(), summary.scanned(), summary.orphans(), summary.orphanBytes(),
                    summary.referenced() + summary.protectedTooYoung(), summary.complete(), counting.problems(),
                    List.of());
            if (summary.referenced() == 0 && summary.scanned() > 0) {
                return survey.withBlocker("none of the " + summary.scanned() + " files in " + root
                        + " is known to this repository: is this its content store? Nothing was deleted");
            }
            return survey;
        }

        @Override
        public Removal remove(Survey survey, StopSignal stop) {
            Instant cutoff = now.minus(protect);
            Removals removals = new Removals(survey.candidates());
            StopSignal stopOrDone = () -> stop.stopRequested() || removals.seen >= survey.candidates();
            Pass deleting = pass(walker, now, stopOrDone,
                    orphan -> removals.remove(walker.pathOf(orphan.contentUrl()), cutoff));
            List<String> problems = new ArrayList<>(deleting.problems());
            problems.addAll(removals.problems);
            boolean complete = !stop.stopRequested()
                    && (deleting.summary().complete() || removals.seen >= survey.candidates());
            return new Removal(removals.removed, removals.removedBytes, removals.changed, removals.failed, complete,
                    problems);
        }
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

    /** The batch's URLs the repository has a row for, in the batch's (walk) order. */
    private List<String> knownUrls(List<StoredBinary> batch) {
        Set<String> referenced = referencedContentUrls.referencedAmong(
                batch.stream().map(StoredBinary::contentUrl).toList());
        List<String> known = new ArrayList<>();
        for (StoredBinary binary : batch) {
            if (referenced.contains(binary.contentUrl())) {
                known.add(binary.contentUrl());
            }
        }
        return known;
    }

    private record Pass(OrphanSweepSummary summary, List<String> problems) {
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

    /** Deletes the orphans of the deleting pass, at most as many as the counting pass found. */
    private final class Removals {
        final long limit;
        long seen;
        long removed;
        long removedBytes;
        long changed;
        long failed;
        final List<String> problems = new ArrayList<>();

        Removals(long limit) {
            this.limit = limit;
        }

        void remove(Path file, Instant cutoff) {
            if (seen >= limit) {
                // became an orphan since the counting pass: the next run counts it first
                return;
            }
            seen++;
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
