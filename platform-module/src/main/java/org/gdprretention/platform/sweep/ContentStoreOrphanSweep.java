package org.gdprretention.platform.sweep;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.alfresco.repo.content.ContentStore;
import org.alfresco.service.descriptor.Descriptor;
import org.alfresco.service.descriptor.DescriptorService;
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
 *
 * <p>Two more guards against deleting another repository's or a live repository's files:
 * <ul>
 * <li>the store root carries a {@link StoreMarker} with this repository's id, written on the first run that proves
 * the store is this repository's (it knows files in it), checked before every run: a store marked for another
 * repository is refused before it is walked, and the refusal is audited;</li>
 * <li>the deleting pass is held to the counting pass ({@link OrphanCheckpoints}): each batch's orphans are counted
 * before any of them is deleted, and when the deleting pass has found notably more orphans by that point than the
 * counting pass had, it deletes nothing more, and the run is audited as refused with what it found.</li>
 * </ul>
 */
public class ContentStoreOrphanSweep implements Sweep, InitializingBean {

    public static final String NAME = "contentStoreOrphans";
    /** What ACS's descriptor service reports as the repository's id until the descriptor is loaded. */
    static final String UNKNOWN_REPOSITORY_ID = "Unknown";
    static final Duration MINIMUM_PROTECT_WINDOW = Duration.ofHours(1);

    private static final Logger LOGGER = LoggerFactory.getLogger(ContentStoreOrphanSweep.class);

    private ReferencedContentUrls referencedContentUrls;
    private DescriptorService descriptorService;
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

    public void setDescriptorService(DescriptorService descriptorService) {
        this.descriptorService = descriptorService;
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
        PropertyCheck.mandatory(this, "descriptorService", descriptorService);
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
        return run(options, stop, SweepProgress.untracked());
    }

    @Override
    public SweepResult run(SweepOptions options, StopSignal stop, SweepProgress progress) {
        StoreRoot.Resolved resolved = StoreRoot.resolve(contentStoreRoot, contentStore,
                "gdpr-retention.sweep.contentStoreRoot");
        if (resolved.problem().isPresent()) {
            LOGGER.warn("Content store orphan sweep not run: {}", resolved.problem().get());
            return runner.run(new Unavailable(resolved.display(), resolved.problem().get()), options, stop, progress);
        }
        String id = repositoryId();
        Optional<String> notOurs = ownershipProblem(resolved.directory(), id);
        if (notOurs.isPresent()) {
            LOGGER.error("Content store orphan sweep refused: {}", notOurs.get());
            return runner.run(new Unavailable(resolved.display(), notOurs.get()), options, stop, progress);
        }
        return runner.run(new Source(resolved.directory(), clock.instant(), id), options, stop, progress);
    }

    /** Why the store must not be swept because it is, or may be, another repository's; empty when it is ours. */
    private Optional<String> ownershipProblem(Path root, String id) {
        if (id == null) {
            return Optional.of("the repository's id is not known yet (ACS reports '" + UNKNOWN_REPOSITORY_ID
                    + "' until its descriptor is loaded), so " + root + " cannot be checked as its store;"
                    + " nothing was deleted");
        }
        StoreMarker.Reading marker = StoreMarker.read(root, id);
        return switch (marker.state()) {
            case ABSENT, THIS_REPOSITORY -> Optional.empty();
            case OTHER_REPOSITORY -> Optional.of(root + " is marked as the content store of repository "
                    + marker.found() + " (" + StoreMarker.fileIn(root) + "), this repository is " + id
                    + ": it is another repository's store or a copy of it; nothing was deleted");
            case NOT_TRUSTED -> Optional.of(marker.problem());
        };
    }

    /** This repository's id, or null while ACS does not know it yet. */
    private String repositoryId() {
        Descriptor descriptor = descriptorService.getCurrentRepositoryDescriptor();
        String id = descriptor == null ? null : descriptor.getId();
        return id == null || id.isBlank() || UNKNOWN_REPOSITORY_ID.equals(id) ? null : id.trim();
    }

    /** The counting pass, then the deleting pass, each a whole walk of the store merged against the repository. */
    private final class Source implements SweepSource {

        private final Path root;
        private final Instant now;
        private final String repositoryId;
        private final FileContentStoreWalker walker;
        private final OrphanCheckpoints checkpoints = new OrphanCheckpoints();

        Source(Path root, Instant now, String repositoryId) {
            this.root = root;
            this.now = now;
            this.repositoryId = repositoryId;
            this.walker = new FileContentStoreWalker(root, unreadableReportLimit);
        }

        @Override
        public Survey survey(StopSignal stop, SweepProgress progress) {
            long[] counted = {0};
            Pass counting = pass(walker, now, stop, progress, (orphans, lastUrl) -> {
                counted[0] += orphans.size();
                checkpoints.record(lastUrl, counted[0]);
                return true;
            });
            OrphanSweepSummary summary = counting.summary();
            Survey survey = new Survey(root.toString(), summary.scanned(), summary.orphans(), summary.orphanBytes(),
                    summary.referenced() + summary.protectedTooYoung(), summary.complete(), counting.problems(),
                    List.of());
            if (summary.referenced() == 0 && summary.scanned() > 0) {
                return survey.withBlocker("none of the " + summary.scanned() + " files in " + root
                        + " is known to this repository: is this its content store? Nothing was deleted");
            }
            if (summary.referenced() > 0 && !StoreMarker.isPresent(root)) {
                // proof first, then the claim: only a store in which the repository knows files is marked as its own
                Optional<String> unmarked = StoreMarker.write(root, repositoryId);
                if (unmarked.isPresent()) {
                    return survey.withBlocker(unmarked.get());
                }
                LOGGER.info("Content store {} marked as this repository's ({})", root, StoreMarker.fileIn(root));
            }
            Optional<String> unsafe = StoreFileRemover.unsupported(root);
            return unsafe.isPresent() ? survey.withBlocker(unsafe.get()) : survey;
        }

        @Override
        public Removal remove(Survey survey, StopSignal stop, SweepProgress progress) {
            try (StoreFileRemover remover = new StoreFileRemover(root)) {
                return remove(survey, stop, new FileRemovals(remover, survey.candidates(), unreadableReportLimit,
                        progress));
            }
        }

        private Removal remove(Survey survey, StopSignal stop, FileRemovals removals) {
            Instant cutoff = now.minus(protect);
            long[] found = {0};
            String[] abortedAt = {null};
            StopSignal stopOrDone = () -> stop.stopRequested() || removals.limitReached();
            Pass deleting = pass(walker, now, stopOrDone, SweepProgress.untracked(), (orphans, lastUrl) -> {
                found[0] += orphans.size();
                long countedThere = checkpoints.countedThrough(lastUrl);
                if (OrphanCheckpoints.notablyMore(found[0], countedThere)) {
                    abortedAt[0] = "the deleting pass found " + found[0] + " orphans up to " + lastUrl
                            + " where the counting pass had found " + countedThere + ": the repository's answers"
                            + " changed between the passes (a restored or switched database?); nothing more was"
                            + " deleted";
                    return false;
                }
                orphans.forEach(orphan -> removals.remove(walker.pathOf(orphan.contentUrl()), cutoff));
                return true;
            });
            List<String> problems = new ArrayList<>(deleting.problems());
            boolean aborted = abortedAt[0] != null;
            if (aborted) {
                LOGGER.error("Content store orphan sweep aborted: {}", abortedAt[0]);
                problems.add(abortedAt[0]);
            }
            boolean complete = !aborted && !stop.stopRequested()
                    && (deleting.summary().complete() || removals.limitReached());
            return removals.result(complete, problems, aborted);
        }
    }

    /** What a pass does with the orphans of one batch, before the next batch is read; false ends the pass. */
    @FunctionalInterface
    private interface BatchOfOrphans {
        boolean accept(List<StoredBinary> orphans, String lastUrlOfBatch);
    }

    /** One walk of the whole store, each batch looked up in the repository and merged by the engine. */
    private Pass pass(FileContentStoreWalker walker, Instant now, StopSignal stop, SweepProgress progress,
            BatchOfOrphans onBatch) {
        OrphanPlanner planner = new OrphanPlanner(protect);
        StoreWalk walk = walker.walk();
        Totals totals = new Totals();
        List<String> problems = new ArrayList<>();
        String lastUrl = null;
        boolean inOrder = true;
        boolean ended = false;
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
            List<StoredBinary> batchOrphans = new ArrayList<>();
            try {
                orphans.forEachRemaining(batchOrphans::add);
            } catch (IllegalStateException e) {
                problems.add(e.getMessage());
                inOrder = false;
                break;
            }
            totals.add(orphans.summary());
            progress.looked(batch.size(), batchOrphans.stream().mapToLong(StoredBinary::sizeBytes).sum());
            if (!onBatch.accept(batchOrphans, lastUrl)) {
                ended = true;
                break;
            }
        }
        problems.addAll(SweepProblems.of(walk.summary()));
        boolean complete = inOrder && !ended && walk.summary().complete();
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
}
