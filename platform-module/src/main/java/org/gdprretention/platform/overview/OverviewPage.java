package org.gdprretention.platform.overview;

import java.util.List;

/**
 * One page of the overview.
 *
 * @param totalItems all matching rows, when they were counted (a page in expiry order is read without counting the
 *                   rest); null otherwise
 */
public record OverviewPage(List<RetentionRow> rows, boolean hasMoreItems, Integer totalItems) {

    public OverviewPage {
        rows = List.copyOf(rows);
    }
}
