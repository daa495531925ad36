package org.alfresco.repo.node.archive;

import org.alfresco.query.PagingRequest;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Compile-only copy of the ACS 26.3 signature. A plain value with its builder, as in ACS, so that tests can read
 * back which page of the trashcan was asked for.
 */
public class ArchivedNodesCannedQueryBuilder {

    private final NodeRef archiveRootNodeRef;
    private final PagingRequest pagingRequest;
    private final String filter;
    private final boolean filterIgnoreCase;
    private final boolean sortOrderAscending;

    public ArchivedNodesCannedQueryBuilder(ArchivedNodesCannedQueryBuilder.Builder builder) {
        this.archiveRootNodeRef = builder.archiveRootNodeRef;
        this.pagingRequest = builder.pagingRequest;
        this.filter = builder.filter;
        this.filterIgnoreCase = builder.filterIgnoreCase;
        this.sortOrderAscending = builder.sortOrderAscending;
    }

    public NodeRef getArchiveRootNodeRef() {
        return archiveRootNodeRef;
    }

    public PagingRequest getPagingRequest() {
        return pagingRequest;
    }

    public String getFilter() {
        return filter;
    }

    public boolean isFilterIgnoreCase() {
        return filterIgnoreCase;
    }

    public boolean getSortOrderAscending() {
        return sortOrderAscending;
    }

    public static class Builder {

        private final NodeRef archiveRootNodeRef;
        private final PagingRequest pagingRequest;
        private String filter;
        private boolean filterIgnoreCase = true;
        private boolean sortOrderAscending;

        public Builder(NodeRef archiveRootNodeRef, PagingRequest pagingRequest) {
            this.archiveRootNodeRef = archiveRootNodeRef;
            this.pagingRequest = pagingRequest;
        }

        public ArchivedNodesCannedQueryBuilder.Builder filter(String filter) {
            this.filter = filter;
            return this;
        }

        public ArchivedNodesCannedQueryBuilder.Builder sortOrderAscending(boolean sortOrderAscending) {
            this.sortOrderAscending = sortOrderAscending;
            return this;
        }

        public ArchivedNodesCannedQueryBuilder build() {
            return new ArchivedNodesCannedQueryBuilder(this);
        }
    }
}
