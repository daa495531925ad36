package org.gdprretention.platform.extension;

import java.util.List;

/**
 * One page of pending extension requests, oldest request first.
 *
 * @param entries       the requests of this page
 * @param hasMoreItems  whether requests follow this page
 * @param totalItems    how many requests are pending in all (that the caller can read)
 */
public record PendingRequestPage(List<PendingExtensionRequest> entries, boolean hasMoreItems, int totalItems) {

    public PendingRequestPage {
        entries = List.copyOf(entries);
    }
}
