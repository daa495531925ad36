package org.gdprretention.platform.expiry;

import java.time.Clock;
import java.util.Date;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.alfresco.repo.batch.BatchProcessWorkProvider;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.util.PropertyCheck;
import org.alfresco.util.transaction.TransactionListenerAdapter;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.platform.batch.BatchRunner;
import org.gdprretention.platform.batch.BatchRunner.BatchOutcome;
import org.gdprretention.platform.batch.DossierDocumentsWorkProvider;
import org.gdprretention.platform.batch.KeyedPager;
import org.gdprretention.platform.batch.KeyedSearchWorkProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Recomputes many documents after a change that affects them all: a retention type's rules, or a dossier's data
 * subject or end date. The run starts only after the change commits (a rolled-back edit recomputes nothing) and
 * outside the editing user's transaction and request, on a background thread, in batches.
 */
public class RecomputeScheduler implements InitializingBean, DisposableBean {

    private static final Logger LOGGER = LoggerFactory.getLogger(RecomputeScheduler.class);

    private NodeService nodeService;
    private SearchService searchService;
    private RetryingTransactionHelper retryingTransactionHelper;
    private RetentionApplier applier;
    private BatchRunner batchRunner;
    private BehaviourFilter behaviourFilter;
    private Clock clock = Clock.systemUTC();
    private PendingRecomputes pending;
    private int pageSize = 100;
    private Executor executor;
    private ExecutorService ownExecutor;
    private volatile RecomputeRun lastRun;
    private int maxQueued = 1000;
    private final java.util.Set<String> waiting = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "searchService", searchService);
        PropertyCheck.mandatory(this, "retryingTransactionHelper", retryingTransactionHelper);
        PropertyCheck.mandatory(this, "applier", applier);
        PropertyCheck.mandatory(this, "batchRunner", batchRunner);
        PropertyCheck.mandatory(this, "behaviourFilter", behaviourFilter);
        pending = new PendingRecomputes(nodeService, behaviourFilter, clock);
        if (executor == null) {
            // One run at a time: two catalogue edits in a row are recomputed one after the other, not interleaved.
            ownExecutor = Executors.newSingleThreadExecutor(work -> {
                Thread thread = new Thread(work, "gdpr-retention-recompute");
                thread.setDaemon(true);
                return thread;
            });
            executor = ownExecutor;
        }
    }

    @Override
    public void destroy() {
        if (ownExecutor != null) {
            ownExecutor.shutdownNow();
        }
    }

    /** After the current transaction commits, recomputes every document of retention type {@code code}. */
    public void recomputeTypeAfterCommit(String code) {
        afterCommit("retention type " + code, () -> new KeyedSearchWorkProvider(new KeyedPager(searchService,
                nodeService, RetainableDocumentQueries.ofType(code), pageSize), retryingTransactionHelper));
    }

    /**
     * Recomputes, now and on this thread, what a recompute queued in memory should have reached but did not (it was
     * dropped from a full queue, lost in a restart between the change and its run, or did not finish): the documents
     * whose stored retention was computed with other rules than their type's current ones, and the documents below
     * every folder still marked {@code gdpr:recomputePending} after a change of it. Run by the daily expiry job,
     * under its cluster lock. Returns one run per type that had such documents and one per such folder.
     */
    public List<RecomputeRun> recomputeStale() {
        List<RecomputeRun> runs = new ArrayList<>();
        for (RetentionType type : applier.currentCatalogue().all()) {
            String rules = ComputedRules.of(type);
            RecomputeRun run = run("retention type " + type.code() + " (computed with older rules)",
                    () -> new KeyedSearchWorkProvider(new KeyedPager(searchService, nodeService,
                            RetainableDocumentQueries.ofTypeComputedWithOtherRules(type.code(), rules), pageSize),
                            retryingTransactionHelper));
            if (run.processed() + run.errors() > 0 || !run.complete()) {
                runs.add(run);
            }
        }
        runs.addAll(recomputePendingFolders());
        return runs;
    }

    // Paged by the mark's time, from the database: a folder whose run completes loses its mark and drops out; one
    // whose run did not complete keeps it and is tried again tomorrow.
    private List<RecomputeRun> recomputePendingFolders() {
        KeyedSearchWorkProvider folders = new KeyedSearchWorkProvider(new KeyedPager(searchService, nodeService,
                PendingRecomputes.query(), pageSize), retryingTransactionHelper);
        List<RecomputeRun> runs = new ArrayList<>();
        for (java.util.Collection<NodeRef> page = folders.getNextWork(); !page.isEmpty();
                page = folders.getNextWork()) {
            for (NodeRef folder : page) {
                runs.add(recomputeBelow(folder, "dossier " + folder + " (change not yet recomputed)"));
            }
        }
        return runs;
    }

    /**
     * After the current transaction commits, recomputes every retainable document below {@code dossier}. The
     * folder tree is read from the database, not searched: the index may not yet know a document filed just
     * before the dossier's end date was set, and that document would keep a retention computed without it.
     */
    public void recomputeDossierAfterCommit(NodeRef dossier) {
        // Marked in the change's transaction: if the run below is dropped or lost, the daily recovery finds the mark.
        pending.mark(dossier);
        String what = "dossier " + dossier;
        afterCommit(what, () -> recomputeBelow(dossier, what));
    }

    // The mark is read before the documents and removed only by a run that reached them all, and only if no
    // later change replaced it meanwhile.
    private RecomputeRun recomputeBelow(NodeRef folder, String what) {
        Date mark = retryingTransactionHelper.doInTransaction(() -> pending.requestedAt(folder), true, true); // acs-lint: ok: runs after commit or in the daily job, outside any transaction
        RecomputeRun run = run(what, () -> new DossierDocumentsWorkProvider(nodeService, retryingTransactionHelper,
                folder, pageSize));
        if (run.complete() && mark != null) {
            retryingTransactionHelper.doInTransaction(() -> {
                pending.clear(folder, mark);
                return null;
            }, false, true); // acs-lint: ok: runs after commit or in the daily job, outside any transaction
        }
        return run;
    }

    private void afterCommit(String what, Supplier<BatchProcessWorkProvider<NodeRef>> work) {
        afterCommit(what, () -> run(what, work));
    }

    private void afterCommit(String what, Runnable job) {
        AlfrescoTransactionSupport.bindListener(new TransactionListenerAdapter() {
            @Override
            public void afterCommit() {
                enqueue(what, job);
            }
        });
    }

    // A run reads the repository when it starts, so one waiting run serves every change made before it starts:
    // the same dossier edited a hundred times in a minute is recomputed once. A run that has started is no longer
    // waiting, so a change made during it queues one more. Beyond maxQueued waiting runs (per server: the queue is
    // in memory) a request is dropped with a warning rather than let memory and the backlog grow without end.
    private void enqueue(String what, Runnable job) {
        if (!waiting.add(what)) {
            LOGGER.debug("A recompute of the documents of {} is already waiting; it will see this change too", what);
            return;
        }
        if (waiting.size() > maxQueued) {
            waiting.remove(what);
            LOGGER.warn("Not recomputing the documents of {}: {} recomputes are already waiting"
                    + " (gdpr-retention.recompute.maxQueued); they keep their retention until the daily recovery pass"
                    + " or a later change of {}", what, maxQueued, what);
            return;
        }
        executor.execute(() -> {
            waiting.remove(what);
            job.run();
        });
    }

    /** How many recomputes are waiting to start on this server. */
    public int waiting() {
        return waiting.size();
    }

    // A run that did not reach every document says so, in the log and in lastRun(); a failure must not vanish in a
    // background thread either.
    RecomputeRun run(String what, Supplier<BatchProcessWorkProvider<NodeRef>> work) {
        RecomputeRun run;
        try {
            BatchProcessWorkProvider<NodeRef> provider = work.get();
            BatchOutcome outcome = batchRunner.run("gdpr-retention recompute " + what, provider,
                    new RecomputeWorker(nodeService, applier));
            boolean drained = !(provider instanceof KeyedSearchWorkProvider keyed) || keyed.exhausted();
            run = new RecomputeRun(what, outcome.processed(), outcome.errors(), drained && outcome.errors() == 0);
        } catch (RuntimeException e) {
            LOGGER.error("Recomputing the retention of the documents of {} failed", what, e);
            run = new RecomputeRun(what, 0, 0, false);
        }
        if (run.complete()) {
            LOGGER.info("Recomputed the retention of {} documents of {}", run.processed(), what);
        } else {
            LOGGER.warn("Recomputing the retention of the documents of {} is INCOMPLETE: {} recomputed, {} failed;"
                    + " the others keep the retention computed before the change", what, run.processed(), run.errors());
        }
        lastRun = run;
        return run;
    }

    /** The last run that ended, if any: what it was for, how many documents it recomputed, whether it finished. */
    public Optional<RecomputeRun> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    /** What one recompute run did; {@code complete} is false when some documents were not reached or failed. */
    public record RecomputeRun(String what, long processed, long errors, boolean complete) {
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setSearchService(SearchService searchService) {
        this.searchService = searchService;
    }

    public void setRetryingTransactionHelper(RetryingTransactionHelper retryingTransactionHelper) {
        this.retryingTransactionHelper = retryingTransactionHelper;
    }

    public void setApplier(RetentionApplier applier) {
        this.applier = applier;
    }

    public void setBatchRunner(BatchRunner batchRunner) {
        this.batchRunner = batchRunner;
    }

    /** Keeps the pending-recompute mark from making the folder look edited (cm:modifier, a new version). */
    public void setBehaviourFilter(BehaviourFilter behaviourFilter) {
        this.behaviourFilter = behaviourFilter;
    }

    /** The time a pending recompute is marked with; the system clock unless a test sets one. */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** Documents read per page (search or dossier walk); the batch size is a sensible value. */
    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    /** How many recomputes may wait to start on this server; more are dropped with a warning. */
    public void setMaxQueued(int maxQueued) {
        if (maxQueued < 1) {
            throw new IllegalArgumentException("gdpr-retention.recompute.maxQueued must be at least 1, not " + maxQueued);
        }
        this.maxQueued = maxQueued;
    }

    /** Where runs execute; by default a single background thread of this bean. */
    public void setExecutor(Executor executor) {
        this.executor = executor;
    }
}
