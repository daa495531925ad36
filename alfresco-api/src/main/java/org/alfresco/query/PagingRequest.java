package org.alfresco.query;

/**
 * Compile-only copy of the ACS 26.3 signature. A plain value, as in ACS: callers build it to ask for one page
 * (skip count, maximum items) and tests read it back from the builders that carry it.
 */
public class PagingRequest {

    private int skipCount;
    private int maxItems;
    private int requestTotalCountMax;
    private String queryExecutionId;

    public PagingRequest(int maxItems) {
        this(0, maxItems, null);
    }

    public PagingRequest(int skipCount, int maxItems) {
        this(skipCount, maxItems, null);
    }

    public PagingRequest(int maxItems, String queryExecutionId) {
        this(0, maxItems, queryExecutionId);
    }

    public PagingRequest(int skipCount, int maxItems, String queryExecutionId) {
        this.skipCount = skipCount;
        this.maxItems = maxItems;
        this.queryExecutionId = queryExecutionId;
    }

    public int getSkipCount() {
        return skipCount;
    }

    protected void setSkipCount(int skipCount) {
        this.skipCount = skipCount;
    }

    public int getMaxItems() {
        return maxItems;
    }

    protected void setMaxItems(int maxItems) {
        this.maxItems = maxItems;
    }

    public int getRequestTotalCountMax() {
        return requestTotalCountMax;
    }

    public void setRequestTotalCountMax(int requestTotalCountMax) {
        this.requestTotalCountMax = requestTotalCountMax;
    }

    public String getQueryExecutionId() {
        return queryExecutionId;
    }

    protected void setQueryExecutionId(String queryExecutionId) {
        this.queryExecutionId = queryExecutionId;
    }
}
