package org.gdprretention.core.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/** Filters, sorts and pages overview rows. */
public final class Overview {

    private Overview() {
    }

    /**
     * Reads the rows once and keeps only the best {@code skipCount + maxItems} of them in a bounded heap, so
     * memory follows the page asked for, not the number of documents.
     */
    public static OverviewPage page(Iterable<OverviewRow> rows, OverviewQuery query) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(query, "query");
        Comparator<OverviewRow> order = query.order();
        long wanted = (long) query.skipCount() + query.maxItems();
        PriorityQueue<OverviewRow> worstFirst = new PriorityQueue<>(order.reversed());
        long total = 0;
        for (OverviewRow row : rows) {
            if (!query.matches(row)) {
                continue;
            }
            total++;
            if (worstFirst.size() < wanted) {
                worstFirst.add(row);
            } else if (order.compare(row, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(row);
            }
        }
        List<OverviewRow> best = new ArrayList<>(worstFirst);
        best.sort(order);
        List<OverviewRow> entries = best.subList(Math.min(query.skipCount(), best.size()), best.size());
        boolean hasMore = total > query.skipCount() + (long) entries.size();
        return new OverviewPage(entries, total, query.skipCount(), query.maxItems(), hasMore);
    }
}
