package org.alfresco.query;

/** Compile-only copy of the ACS 26.3 signature: which page of a canned query to return. */
public class PagingRequest {

    private int skipCount;
    private int maxItems;
    private String queryExecutionId;
    private int requestTotalCountMax;

    public PagingRequest(int maxItems) {
        this(0, maxItems, null);
    }

    public PagingRequest(int skipCount, int maxItems) {
        this(skipCount, maxItems, null);
    }

    public PagingRequest(int skipCount, int maxItems, String queryExecutionId) {
        this.skipCount = skipCount;
        this.maxItems = maxItems;
        this.queryExecutionId = queryExecutionId;
    }

    public int getSkipCount() {
        return skipCount;
    }

    public int getMaxItems() {
        return maxItems;
    }

    public String getQueryExecutionId() {
        return queryExecutionId;
    }

    public int getRequestTotalCountMax() {
        return requestTotalCountMax;
    }

    public void setRequestTotalCountMax(int requestTotalCountMax) {
        this.requestTotalCountMax = requestTotalCountMax;
    }
}
