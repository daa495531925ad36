package org.gdprretention.platform.sweep;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.alfresco.repo.content.cleanup.EagerContentStoreCleaner;
import org.alfresco.repo.domain.contentdata.ContentDataDAO;
import org.alfresco.repo.domain.contentdata.ContentUrlEntity;
import org.alfresco.repo.transaction.RetryingTransactionHelper.RetryingTransactionCallback;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.contenturl.UnreferencedContentUrls;
import org.gdprretention.platform.job.control.StopSignal;
import org.springframework.beans.factory.InitializingBean;

/**
 * Removes the binaries of content URLs that the repository marked orphaned and that nothing references now, once
 * they are older than the safety age ({@code gdpr-retention.sweep.orphanedContentUrls.safetyAge}), instead of after
 * {@code system.content.orphanProtectDays}, when ACS's own cleaner would.
 *
 * <p>The decision is the database's, as in ACS's {@code ContentStoreCleaner}: {@code getContentUrlsOrphaned} runs
 * {@code select_ContentUrlsOrphaned}, which lists URLs with an orphan time that no content data references
 * ({@code cd.id is null}) at that moment. The orphan time that {@code getContentUrl} returns is never looked at: it
 * comes from a cache ACS does not update when it orphans a URL. Each page is listed, its rows deleted and its URLs
 * registered with the eager cleaner in one read-write transaction ({@link UnreferencedContentUrls}, the step the
 * purge shares); the binaries go when that transaction commits. A URL referenced again between the query and the
 * delete makes the foreign key refuse the delete; the transaction rolls back and ACS's retrying helper runs it
 * again, when the query no longer lists that URL.
 *
 * <p>The DAO lists orphaned URLs without an offset, so the survey counts at most {@code surveyLimit} of them (and
 * is incomplete, so removes nothing, when there are more), and the removal reads each page from the start again
 * (the removed rows are gone), up to the number the survey counted. What the brake measures: of the orphaned URLs
 * the survey looked at, those past the safety age.
 *
 * <p>The lower-case {@code contentDataDAO} and {@code eagerContentStoreCleaner} beans are used on purpose: no public
 * service lists orphaned URLs or removes a binary by URL.
 */
public class OrphanedContentUrlSweep implements Sweep, InitializingBean {

    public static final String NAME = "orphanedContentUrls";
    static final String TARGET = "orphaned content URLs";

    private ContentDataDAO contentDataDAO;
    private EagerContentStoreCleaner eagerContentStoreCleaner;
    private TransactionService transactionService;
    private SweepAudit sweepAudit;
    private Clock clock = Clock.systemUTC();
    private int pageSize = 1000;
    private int surveyLimit = 100_000;
    private String safetyAge = "PT1H";
    private double maxFraction = 0.10;

    private Duration safety;
    private UnreferencedContentUrls unreferencedContentUrls;
    private SweepRunner runner;

    public void setContentDataDAO(ContentDataDAO contentDataDAO) {
        this.contentDataDAO = contentDataDAO;
    }

    public void setEagerContentStoreCleaner(EagerContentStoreCleaner eagerContentStoreCleaner) {
        this.eagerContentStoreCleaner = eagerContentStoreCleaner;
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

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    /** The most orphaned URLs one run looks at; {@code gdpr-retention.sweep.orphanedContentUrls.surveyLimit}. */
    public void setSurveyLimit(int surveyLimit) {
        this.surveyLimit = surveyLimit;
    }

    /** ISO-8601 duration a URL stays orphaned before this sweep removes it, e.g. {@code PT1H}. */
    public void setSafetyAge(String safetyAge) {
        this.safetyAge = safetyAge;
    }

    /** {@code gdpr-retention.sweep.maxFraction}. */
    public void setMaxFraction(double maxFraction) {
        this.maxFraction = maxFraction;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "contentDataDAO", contentDataDAO);
        PropertyCheck.mandatory(this, "eagerContentStoreCleaner", eagerContentStoreCleaner);
        PropertyCheck.mandatory(this, "transactionService", transactionService);
        PropertyCheck.mandatory(this, "sweepAudit", sweepAudit);
        SweepSettings.requirePositive("gdpr-retention.sweep.orphanedContentUrls.pageSize", pageSize);
        SweepSettings.requirePositive("gdpr-retention.sweep.orphanedContentUrls.surveyLimit", surveyLimit);
        safety = SweepSettings.duration("gdpr-retention.sweep.orphanedContentUrls.safetyAge", safetyAge);
        unreferencedContentUrls = new UnreferencedContentUrls(contentDataDAO, eagerContentStoreCleaner);
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
        long now = clock.millis();
        return runner.run(new Source(now, now - safety.toMillis()), options, stop, progress);
    }

    /** One row of the orphaned URL listing, with the orphan time the database holds. */
    private record Orphan(long id, String contentUrl, long orphanTime) {
    }

    private final class Source implements SweepSource {

        private final long now;
        private final long cutoff;

        Source(long now, long cutoff) {
            this.now = now;
            this.cutoff = cutoff;
        }

        @Override
        public Survey survey(StopSignal stop, SweepProgress progress) {
            return inTransaction(true, () -> {
                List<Orphan> listed = list(now, surveyLimit);
                long candidates = 0;
                long bytes = 0;
                for (Orphan orphan : listed) {
                    if (orphan.orphanTime() < cutoff) {
                        candidates++;
                        bytes += size(orphan);
                    }
                }
                progress.looked(listed.size(), bytes);
                boolean complete = listed.size() < surveyLimit;
                List<String> problems = complete ? List.of() : List.of("more than " + surveyLimit
                        + " orphaned URLs: the first " + surveyLimit + " were counted"
                        + " (gdpr-retention.sweep.orphanedContentUrls.surveyLimit)");
                return new Survey(TARGET, listed.size(), candidates, bytes, listed.size() - candidates, complete,
                        problems, List.of());
            });
        }

        @Override
        public Removal remove(Survey survey, StopSignal stop, SweepProgress progress) {
            long removed = 0;
            long removedBytes = 0;
            long failed = 0;
            boolean complete = false;
            List<String> problems = new ArrayList<>();
            while (!stop.stopRequested()) {
                int limit = (int) Math.min(pageSize, survey.candidates() - removed);
                if (limit <= 0) {
                    complete = true;
                    break;
                }
                Page page;
                try {
                    page = inTransaction(false, () -> removePage(limit));
                } catch (RuntimeException e) {
                    failed += limit;
                    problems.add("a page of up to " + limit + " orphaned URLs could not be removed and stays for the"
                            + " next run: " + e.getMessage());
                    break;
                }
                removed += page.removed();
                removedBytes += page.bytes();
                progress.removed(page.removed(), page.bytes());
                if (page.removed() < limit) {
                    complete = true;
                    break;
                }
            }
            return new Removal(removed, removedBytes, 0, failed, complete, problems);
        }

        /** List, delete the rows, register the binaries: one transaction. */
        private Page removePage(int limit) {
            List<Orphan> page = list(cutoff, limit);
            long bytes = 0;
            List<UnreferencedContentUrls.Url> urls = new ArrayList<>(page.size());
            for (Orphan orphan : page) {
                bytes += size(orphan);
                urls.add(new UnreferencedContentUrls.Url(orphan.id(), orphan.contentUrl()));
            }
            unreferencedContentUrls.remove(urls);
            return new Page(page.size(), bytes);
        }

        private List<Orphan> list(long orphanedBefore, int limit) {
            List<Orphan> urls = new ArrayList<>();
            contentDataDAO.getContentUrlsOrphaned((id, contentUrl, orphanTime) ->
                    urls.add(new Orphan(id, contentUrl, orphanTime)), orphanedBefore, limit);
            return urls;
        }

        /** The size never changes for a URL, so the cached entity is good enough for it. */
        private long size(Orphan orphan) {
            ContentUrlEntity entity = contentDataDAO.getContentUrl(orphan.id());
            return entity == null ? 0 : entity.getSize();
        }

        private <R> R inTransaction(boolean readOnly, RetryingTransactionCallback<R> work) {
            return transactionService.getRetryingTransactionHelper().doInTransaction(work, readOnly, false);
        }
    }

    private record Page(long removed, long bytes) {
    }
}
