package org.alfresco.service.cmr.search;

import java.util.ArrayList;

import org.alfresco.service.cmr.repository.StoreRef;

/**
 * The parameters of a search. A real bean with ACS's defaults: the add-on builds it and hands it to the search
 * service, so tests capture it and check the query, language, stores, paging, sort and consistency.
 */
public class SearchParameters implements BasicSearchParameters {

    /** ACS's limit when a search is limited without an explicit value. */
    private static final int DEFAULT_LIMIT = 500;

    private String language;
    private String query;
    private final ArrayList<StoreRef> stores = new ArrayList<>(1);
    private final ArrayList<SortDefinition> sortDefinitions = new ArrayList<>(1);
    private LimitBy limitBy = LimitBy.UNLIMITED;
    private PermissionEvaluationMode permissionEvaluation = PermissionEvaluationMode.EAGER;
    private int limit = DEFAULT_LIMIT;
    private int maxItems = -1;
    private int skipCount = 0;
    private int maxPermissionChecks = -1;
    private long maxPermissionCheckTimeMillis = -1;
    private QueryConsistency queryConsistency = QueryConsistency.DEFAULT;

    public SearchParameters() {
        // defaults as in ACS
    }

    @Override
    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    @Override
    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public void addStore(StoreRef store) {
        stores.add(store);
    }

    @Override
    public ArrayList<StoreRef> getStores() {
        return stores;
    }

    /** A field sort; the first sort added is the primary one. */
    public void addSort(String field, boolean ascending) {
        addSort(new SortDefinition(SortDefinition.SortType.FIELD, field, ascending));
    }

    public void addSort(SortDefinition sortDefinition) {
        sortDefinitions.add(sortDefinition);
    }

    @Override
    public ArrayList<SortDefinition> getSortDefinitions() {
        return sortDefinitions;
    }

    public LimitBy getLimitBy() {
        return limitBy;
    }

    public void setLimitBy(LimitBy limitBy) {
        this.limitBy = limitBy;
    }

    public int getLimit() {
        return limit;
    }

    public void setLimit(int limit) {
        this.limit = limit;
    }

    public PermissionEvaluationMode getPermissionEvaluation() {
        return permissionEvaluation;
    }

    public void setPermissionEvaluation(PermissionEvaluationMode permissionEvaluation) {
        this.permissionEvaluation = permissionEvaluation;
    }

    public int getMaxItems() {
        return maxItems;
    }

    public void setMaxItems(int maxItems) {
        this.maxItems = maxItems;
    }

    public int getSkipCount() {
        return skipCount;
    }

    public void setSkipCount(int skipCount) {
        this.skipCount = skipCount;
    }

    public int getMaxPermissionChecks() {
        return maxPermissionChecks;
    }

    public void setMaxPermissionChecks(int maxPermissionChecks) {
        this.maxPermissionChecks = maxPermissionChecks;
    }

    public long getMaxPermissionCheckTimeMillis() {
        return maxPermissionCheckTimeMillis;
    }

    public void setMaxPermissionCheckTimeMillis(long maxPermissionCheckTimeMillis) {
        this.maxPermissionCheckTimeMillis = maxPermissionCheckTimeMillis;
    }

    public QueryConsistency getQueryConsistency() {
        return queryConsistency;
    }

    public void setQueryConsistency(QueryConsistency queryConsistency) {
        this.queryConsistency = queryConsistency;
    }

    @Override
    public String toString() {
        return "SearchParameters[language=" + language + ", query=" + query + ", stores=" + stores + ", skipCount="
                + skipCount + ", maxItems=" + maxItems + ", consistency=" + queryConsistency + "]";
    }

    /** One sort key of a search. A real value class, like its parent. */
    public static class SortDefinition {

        private final SortType sortType;
        private final String field;
        private final boolean ascending;

        public SortDefinition(SortType sortType, String field, boolean ascending) {
            this.sortType = sortType;
            this.field = field;
            this.ascending = ascending;
        }

        public SortType getSortType() {
            return sortType;
        }

        public String getField() {
            return field;
        }

        public boolean isAscending() {
            return ascending;
        }

        public enum SortType {
            FIELD, DOCUMENT, SCORE
        }
    }
}
