package org.gdprretention.core.overview;

import java.util.List;

/**
 * One page of the overview, in the shape of an Alfresco REST v1 list's pagination.
 *
 * @param totalItems   rows matching the filters, on all pages
 * @param hasMoreItems whether rows follow this page
 */
public record OverviewPage(List<OverviewRow> entries, long totalItems, int skipCount, int maxItems,
                           boolean hasMoreItems) {

    public OverviewPage {
        entries = List.copyOf(entries);
    }

    /** Rows on this page. */
    public int count() {
        return entries.size();
    }
}
