package org.alfresco.repo.node.archive;

import org.alfresco.query.PagingRequest;
import org.alfresco.service.cmr.repository.NodeRef;

/** Compile-only copy of the ACS 26.3 signature: the parameters of {@code NodeArchiveService.listArchivedNodes}. */
public class ArchivedNodesCannedQueryBuilder {

    private final NodeRef archiveRootNodeRef;
    private final PagingRequest pagingRequest;
    private final String filter;
    private final boolean sortOrderAscending;

    public ArchivedNodesCannedQueryBuilder(Builder builder) {
        this.archiveRootNodeRef = builder.archiveRootNodeRef;
        this.pagingRequest = builder.pagingRequest;
        this.filter = builder.filter;
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
        return false;
    }

    public boolean getSortOrderAscending() {
        return sortOrderAscending;
    }

    /** Compile-only copy of the ACS 26.3 signature. */
    public static class Builder {

        private final NodeRef archiveRootNodeRef;
        private final PagingRequest pagingRequest;
        private String filter;
        private boolean sortOrderAscending;

        public Builder(NodeRef archiveRootNodeRef, PagingRequest pagingRequest) {
            this.archiveRootNodeRef = archiveRootNodeRef;
            this.pagingRequest = pagingRequest;
        }

        public Builder filter(String filter) {
            this.filter = filter;
            return this;
        }

        public Builder sortOrderAscending(boolean sortOrderAscending) {
            this.sortOrderAscending = sortOrderAscending;
            return this;
        }

        public ArchivedNodesCannedQueryBuilder build() {
            return new ArchivedNodesCannedQueryBuilder(this);
        }
    }
}
