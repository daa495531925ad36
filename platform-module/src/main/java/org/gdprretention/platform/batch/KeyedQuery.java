package org.gdprretention.platform.batch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;

/**
 * A CMIS-alfresco query that ACS answers from the database (transactional metadata query), read in pages by a date
 * key rather than by skipping: each page asks for the rows whose key is at or after the last key handed out,
 * ordered by that key, from the first row on. Two ACS facts make this the only safe way to page such a query:
 * the database query stops, silently, after {@code system.acl.maxPermissionChecks} (1,000) permission checks, also
 * as the system user, and every skipped row costs one; and a sort on the database id has no effect there (it is not
 * a stored property). Only comparisons, AND and ORDER BY on a stored property are used, all of which the
 * database answers; the consistency is TRANSACTIONAL, so a query it could not answer fails instead of falling back
 * to the index (eventually consistent, or nothing at all with {@code noindex}).
 */
public final class KeyedQuery {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final String selectFrom;
    private final List<String> conditions;
    private final String keyColumn;
    private final QName keyProperty;
    private final QueryConsistency consistency;

    private KeyedQuery(String selectFrom, List<String> conditions, String keyColumn, QName keyProperty,
            QueryConsistency consistency) {
        this.selectFrom = selectFrom;
        this.conditions = List.copyOf(conditions);
        this.keyColumn = keyColumn;
        this.keyProperty = keyProperty;
        this.consistency = consistency;
    }

    /**
     * {@code selectFrom} ("SELECT * FROM gdpr:retainable"), paged by {@code keyColumn} as the query names it, whose
     * value is the node's {@code keyProperty} (a date property that every matching node has).
     */
    public static KeyedQuery select(String selectFrom, String keyColumn, QName keyProperty) {
        return new KeyedQuery(selectFrom, List.of(), keyColumn, keyProperty, QueryConsistency.TRANSACTIONAL);
    }

    /** This query with one more condition, ANDed to the others. */
    public KeyedQuery where(String condition) {
        List<String> all = new ArrayList<>(conditions);
        all.add(condition);
        return new KeyedQuery(selectFrom, all, keyColumn, keyProperty, consistency);
    }

    /**
     * This query with another consistency. {@code TRANSACTIONAL_IF_POSSIBLE} suits reading for people (the overview):
     * the database answers these queries, and where an installation turned the database query off, the index
     * answers instead of the request failing. Jobs that delete keep {@code TRANSACTIONAL}.
     */
    public KeyedQuery withConsistency(QueryConsistency queryConsistency) {
        return new KeyedQuery(selectFrom, conditions, keyColumn, keyProperty, queryConsistency);
    }

    public QName keyProperty() {
        return keyProperty;
    }

    /**
     * The parameters of one page: rows with a key at or after {@code from} (all rows when null), at most
     * {@code maxItems}. The permission-check and time limits are lifted, so a short page means the end of the
     * results. No rows are skipped, but ACS checks the caller's permission on every row it reads, the ones the caller
     * may not read included: for the system user a page costs {@code maxItems} checks, for a person who may read few
     * of the matching documents it costs as many as it takes to find {@code maxItems} they may read. Any lower
     * limit would end the results silently at the first stretch of unreadable rows.
     */
    public SearchParameters page(Date from, int maxItems) {
        List<String> all = new ArrayList<>(conditions);
        if (from != null) {
            all.add(keyColumn + " >= " + timestamp(from.toInstant()));
        }
        StringBuilder query = new StringBuilder(selectFrom);
        if (!all.isEmpty()) {
            query.append(" WHERE ").append(String.join(" AND ", all));
        }
        query.append(" ORDER BY ").append(keyColumn).append(" ASC");
        SearchParameters parameters = new SearchParameters();
        parameters.setLanguage(SearchService.LANGUAGE_CMIS_ALFRESCO);
        parameters.setQuery(query.toString());
        parameters.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        parameters.setQueryConsistency(consistency);
        parameters.setMaxItems(maxItems);
        parameters.setMaxPermissionChecks(Integer.MAX_VALUE);
        parameters.setMaxPermissionCheckTimeMillis(Long.MAX_VALUE);
        return parameters;
    }

    /** A CMIS TIMESTAMP literal for {@code instant}, in UTC with milliseconds. */
    public static String timestamp(Instant instant) {
        return "TIMESTAMP '" + TIMESTAMP.format(instant) + "'";
    }

    /** A CMIS string literal: single quotes around, a quote or backslash inside escaped with a backslash. */
    public static String text(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    public String toString() {
        return page(null, 0).getQuery();
    }
}
