package org.gdprretention.platform.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.platform.batch.KeyedPager;
import org.gdprretention.platform.batch.KeyedQuery;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * The retention overview, computed as the calling user: only documents the caller can read appear.
 *
 * <p>Documents are read page by page from a CMIS-alfresco query the database answers (ACS's transactional metadata
 * query, {@code TRANSACTIONAL_IF_POSSIBLE}), keyed by expiry date ({@link KeyedPager}: no skipping, so ACS's limit on
 * permission checks cannot cut a page short), then the documents without an expiry date yet, keyed by creation
 * date. Memory stays flat in the number of documents: a page in expiry order holds one database page; a page in
 * another order holds at most {@value #MAX_SORTED_WINDOW} rows; a summary holds counters.
 */
public class RetentionOverview implements InitializingBean {

    /** The most rows ({@code skipCount + maxItems}) a page in an order other than expiry date may reach. */
    public static final int MAX_SORTED_WINDOW = 10_000;

    private static final String FROM = "SELECT d.* FROM cmis:document AS d JOIN gdpr:retainable AS r"
            + " ON d.cmis:objectId = r.cmis:objectId";

    private SearchService searchService;
    private NodeService nodeService;
    private PermissionService permissionService;
    private SiteService siteService;
    private RepositoryRetentionCatalogue catalogue;
    private RetentionStatusEvaluator statusEvaluator;
    private Clock clock;
    private int pageSize = 250;
    private RetentionRowReader reader;
    private ZoneId zone;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "searchService", searchService);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "permissionService", permissionService);
        PropertyCheck.mandatory(this, "siteService", siteService);
        PropertyCheck.mandatory(this, "catalogue", catalogue);
        PropertyCheck.mandatory(this, "statusEvaluator", statusEvaluator);
        PropertyCheck.mandatory(this, "clock", clock);
        if (pageSize < 1) {
            throw new IllegalArgumentException("Invalid pageSize '" + pageSize + "': must be at least 1");
        }
        zone = statusEvaluator.calculator().zone();
        reader = new RetentionRowReader(nodeService, permissionService, siteService, zone);
    }

    /** One document's row, if it is retainable and the caller can read it. */
    public Optional<RetentionRow> row(NodeRef node) {
        return reader.read(node, catalogue.current(), statusEvaluator.at(clock.instant()));
    }

    /**
     * Every matching row the caller can read, by expiry date (soonest first; within a day in the database's order),
     * then those without an expiry date. Read lazily, one database page at a time: call it inside a transaction
     * and finish with it there.
     */
    public Iterator<RetentionRow> rows(OverviewFilter filter) {
        List<KeyedQuery> queries = new ArrayList<>();
        KeyedQuery dated = KeyedQuery.select(FROM, "r.gdpr:expiryDate", RetentionModel.PROP_EXPIRY_DATE)
                .where("r.gdpr:expiryDate IS NOT NULL");
        KeyedQuery undated = KeyedQuery.select(FROM, "d.cmis:creationDate", ContentModel.PROP_CREATED)
                .where("r.gdpr:expiryDate IS NULL");
        for (String condition : filter.databaseConditions(zone)) {
            dated = dated.where(condition);
            undated = undated.where(condition);
        }
        queries.add(dated.withConsistency(QueryConsistency.TRANSACTIONAL_IF_POSSIBLE));
        if (!filter.needsExpiryDate()) {
            queries.add(undated.withConsistency(QueryConsistency.TRANSACTIONAL_IF_POSSIBLE));
        }
        return new Rows(queries, filter, catalogue.current(), statusEvaluator.at(clock.instant()));
    }

    /**
     * One page. In expiry order the rows are read until the page is full and one more shows whether there are
     * more; in another order every matching row is read once and the best {@code skipCount + maxItems} are kept.
     *
     * @throws IllegalArgumentException when another order than expiry date asks beyond {@value #MAX_SORTED_WINDOW}
     */
    public OverviewPage page(OverviewFilter filter, OverviewSort sort, int skipCount, int maxItems) {
        if (skipCount < 0 || maxItems < 1) {
            throw new IllegalArgumentException("skipCount must be 0 or more and maxItems 1 or more");
        }
        Iterator<RetentionRow> rows = rows(filter);
        if (sort.streams()) {
            for (int skipped = 0; skipped < skipCount && rows.hasNext(); skipped++) {
                rows.next();
            }
            List<RetentionRow> page = new ArrayList<>();
            while (page.size() < maxItems && rows.hasNext()) {
                page.add(rows.next());
            }
            return new OverviewPage(page, rows.hasNext(), null);
        }
        if ((long) skipCount + maxItems > MAX_SORTED_WINDOW) {
            throw new IllegalArgumentException("skipCount + maxItems may be at most " + MAX_SORTED_WINDOW
                    + " in this order");
        }
        Comparator<RetentionRow> order = sort.comparator();
        int wanted = skipCount + maxItems;
        PriorityQueue<RetentionRow> worstFirst = new PriorityQueue<>(order.reversed());
        int total = 0;
        while (rows.hasNext()) {
            RetentionRow row = rows.next();
            total++;
            if (worstFirst.size() < wanted) {
                worstFirst.add(row);
            } else if (order.compare(row, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(row);
            }
        }
        List<RetentionRow> best = new ArrayList<>(worstFirst);
        best.sort(order);
        List<RetentionRow> page = best.subList(Math.min(skipCount, best.size()), best.size());
        return new OverviewPage(page, total > skipCount + page.size(), total);
    }

    /** Totals per template and status, and expiries per month for the next 12 months, of the matching rows. */
    public OverviewSummary summary(OverviewFilter filter) {
        Map<OverviewSummary.Template, Long> perTemplate = new LinkedHashMap<>();
        Map<RetentionStatus, Long> perStatus = new EnumMap<>(RetentionStatus.class);
        Map<YearMonth, Map<OverviewSummary.Template, Long>> perMonth = new TreeMap<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        YearMonth first = YearMonth.from(today);
        YearMonth last = first.plusMonths(11);
        for (int i = 0; i < 12; i++) {
            perMonth.put(first.plusMonths(i), new LinkedHashMap<>());
        }
        for (Iterator<RetentionRow> rows = rows(filter); rows.hasNext();) {
            RetentionRow row = rows.next();
            OverviewSummary.Template template = new OverviewSummary.Template(row.template(), row.templateName());
            perTemplate.merge(template, 1L, Long::sum);
            perStatus.merge(row.status(), 1L, Long::sum);
            LocalDate expiry = row.expiryDate();
            if (expiry != null && !expiry.isBefore(today) && !YearMonth.from(expiry).isAfter(last)) {
                perMonth.get(YearMonth.from(expiry)).merge(template, 1L, Long::sum);
            }
        }
        return new OverviewSummary(perTemplate, perStatus, perMonth);
    }

    /** Reads the queries one after the other, a database page at a time, keeping the rows that match. */
    private final class Rows implements Iterator<RetentionRow> {
        private final Deque<KeyedQuery> queries;
        private final OverviewFilter filter;
        private final RetentionCatalogue types;
        private final RetentionStatusEvaluator.Moment moment;
        private final Deque<RetentionRow> buffer = new ArrayDeque<>();
        private KeyedPager pager;

        Rows(List<KeyedQuery> queries, OverviewFilter filter, RetentionCatalogue types,
                RetentionStatusEvaluator.Moment moment) {
            this.queries = new ArrayDeque<>(queries);
            this.filter = filter;
            this.types = types;
            this.moment = moment;
        }

        @Override
        public boolean hasNext() {
            while (buffer.isEmpty()) {
                if (pager == null || pager.exhausted()) {
                    if (queries.isEmpty()) {
                        return false;
                    }
                    pager = new KeyedPager(searchService, nodeService, queries.poll(), pageSize);
                }
                for (NodeRef node : pager.next()) {
                    reader.read(node, types, moment).filter(filter::matches).ifPresent(buffer::add);
                }
            }
            return true;
        }

        @Override
        public RetentionRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return buffer.poll();
        }
    }

    public void setSearchService(SearchService searchService) {
        this.searchService = searchService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setPermissionService(PermissionService permissionService) {
        this.permissionService = permissionService;
    }

    public void setSiteService(SiteService siteService) {
        this.siteService = siteService;
    }

    public void setCatalogue(RepositoryRetentionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void setStatusEvaluator(RetentionStatusEvaluator statusEvaluator) {
        this.statusEvaluator = statusEvaluator;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** Documents per database query; each costs at most this many permission checks. */
    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }
}
