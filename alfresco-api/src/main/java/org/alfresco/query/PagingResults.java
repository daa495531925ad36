package org.alfresco.query;

import java.util.List;

import org.alfresco.util.Pair;

/** Compile-only copy of the ACS 26.3 signature: one page of a canned query's results. */
public interface PagingResults<R> {

    List<R> getPage();

    boolean hasMoreItems();

    Pair<Integer, Integer> getTotalResultCount();

    String getQueryExecutionId();
}
