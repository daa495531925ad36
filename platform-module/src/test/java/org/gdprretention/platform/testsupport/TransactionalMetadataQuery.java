package org.gdprretention.platform.testsupport;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.model.RetentionModel;

/**
 * A {@link SearchService} that answers as ACS 26.3 answers from the database (transactional metadata query,
 * {@code DBQueryEngine}), with the search index switched off ({@code index.subsystem.name=noindex}):
 * <ul>
 * <li>only queries whose every part the database supports are answered: FTS {@code ASPECT:"p:n"} and
 * {@code =p:n:"value"} joined by AND; CMIS-alfresco {@code SELECT * FROM type-or-aspect} (optionally joined to an
 * aspect on {@code cmis:objectId}) with comparisons ({@code = <> < <= > >=}, text or {@code TIMESTAMP}
 * literals), {@code IS [NOT] NULL}, joined by AND (a parenthesised OR of those too), and {@code ORDER BY} one
 * property. Anything else, an FTS range
 * {@code p:n:[a TO b]} included, is refused under {@link QueryConsistency#TRANSACTIONAL} and otherwise falls back to
 * the index, which here answers nothing;</li>
 * <li>rows come in no particular order unless the query orders them; a sort on {@code @sys:node-dbid} (not a
 * stored property) has no effect, and rows with equal sort values come in no particular order either;</li>
 * <li>every row read, skipped ones included, costs a permission check, also for the system user, and the query
 * stops silently after {@code maxPermissionChecks} (1,000 unless the parameters raise it) checks.</li>
 * </ul>
 */
public final class TransactionalMetadataQuery {

    /** ACS's {@code system.acl.maxPermissionChecks}. */
    public static final int DEFAULT_MAX_PERMISSION_CHECKS = 1000;

    /** The repository as the database sees it. */
    public interface Rows {
        Collection<NodeRef> nodes();

        QName type(NodeRef node);

        boolean hasAspect(NodeRef node, QName aspect);

        Serializable property(NodeRef node, QName name);
    }

    private static final Pattern FTS_ASPECT = Pattern.compile("ASPECT:\"([\\w-]+:[\\w-]+)\"");
    private static final Pattern FTS_EQUALS = Pattern.compile("=([\\w-]+:[\\w-]+):\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CMIS = Pattern.compile("SELECT (?:\\*|\\w+\\.\\*) FROM ([\\w-]+:[\\w-]+)(?: (?:AS )?(\\w+))?"
            + "(?: JOIN ([\\w-]+:[\\w-]+) (?:AS )?(\\w+) ON \\w+\\.cmis:objectId = \\w+\\.cmis:objectId)?"
            + "(?: WHERE (.+?))?(?: ORDER BY (?:\\w+\\.)?([\\w-]+:[\\w-]+)(?: (ASC|DESC))?)?");
    private static final Pattern COMPARISON = Pattern.compile(
            "(?:\\w+\\.)?([\\w-]+:[\\w-]+) (=|<>|<=|>=|<|>) (?:TIMESTAMP '([^']+)'|'((?:[^'\\\\]|\\\\.)*)')");
    private static final Pattern LIKE = Pattern.compile("(?:\\w+\\.)?([\\w-]+:[\\w-]+) LIKE '((?:[^'\\\\]|\\\\.)*)'");
    private static final Pattern NULL_TEST = Pattern.compile("(?:\\w+\\.)?([\\w-]+:[\\w-]+) IS (NOT )?NULL");

    private final Rows rows;
    private final SearchService searchService = mock(SearchService.class);
    /** Every query asked, in order. */
    public final List<SearchParameters> queries = new ArrayList<>();
    /** How many queries stopped at the permission-check limit. */
    public int stoppedAtPermissionLimit;
    private Predicate<NodeRef> readable = node -> true;

    /**
     * From now on only rows that {@code readable} accepts are returned, as ACS's public {@code SearchService} returns
     * only nodes the caller may read ({@code AFTER_ACL_NODE.sys:base.Read}); each row still costs its check.
     */
    public TransactionalMetadataQuery readableWhen(Predicate<NodeRef> readable) {
        this.readable = Objects.requireNonNull(readable, "readable");
        return this;
    }

    public TransactionalMetadataQuery(Rows rows) {
        this.rows = rows;
        lenient().when(searchService.query(any(SearchParameters.class))).thenAnswer(call -> query(call.getArgument(0)));
    }

    /** The database view of a {@link FakeRepository}. */
    public static TransactionalMetadataQuery over(FakeRepository repository) {
        return new TransactionalMetadataQuery(new Rows() {
            @Override
            public Collection<NodeRef> nodes() {
                return repository.nodes();
            }

            @Override
            public QName type(NodeRef node) {
                return repository.type(node);
            }

            @Override
            public boolean hasAspect(NodeRef node, QName aspect) {
                return repository.hasAspect(node, aspect);
            }

            @Override
            public Serializable property(NodeRef node, QName name) {
                return repository.property(node, name);
            }
        });
    }

    public SearchService searchService() {
        return searchService;
    }

    private ResultSet query(SearchParameters parameters) {
        queries.add(parameters);
        Query query = parse(parameters);
        if (query == null) {
            if (parameters.getQueryConsistency() == QueryConsistency.TRANSACTIONAL) {
                throw new AlfrescoRuntimeException("Query is not supported by the database (transactional metadata"
                        + " query): " + parameters.getQuery());
            }
            return results(List.of());
        }
        List<NodeRef> matching = new ArrayList<>(rows.nodes().stream().filter(query.filter).toList());
        // No order of its own: a scramble that does not follow creation, so tests cannot lean on one.
        matching.sort(Comparator.comparingInt(node -> Integer.reverse(node.getId().hashCode())));
        if (query.order != null) {
            matching.sort(query.order);
        }
        int limit = parameters.getMaxPermissionChecks() < 0 ? DEFAULT_MAX_PERMISSION_CHECKS
                : parameters.getMaxPermissionChecks();
        int skip = parameters.getSkipCount();
        int max = parameters.getMaxItems() < 0 ? Integer.MAX_VALUE : parameters.getMaxItems();
        List<NodeRef> page = new ArrayList<>();
        int checks = 0;
        int readableRows = 0;
        for (NodeRef node : matching) {
            if (page.size() >= max) {
                break;
            }
            if (checks > limit) {
                stoppedAtPermissionLimit++;
                break;
            }
            checks++;
            if (!readable.test(node)) {
                continue; // checked and left out, as ACS leaves out what the caller may not read
            }
            readableRows++;
            if (readableRows > skip) {
                page.add(node);
            }
        }
        return results(page);
    }

    private static ResultSet results(List<NodeRef> nodes) {
        ResultSet results = mock(ResultSet.class);
        lenient().when(results.getNodeRefs()).thenReturn(List.copyOf(nodes));
        lenient().when(results.length()).thenReturn(nodes.size());
        return results;
    }

    private record Query(Predicate<NodeRef> filter, Comparator<NodeRef> order) {
    }

    private Query parse(SearchParameters parameters) {
        String text = parameters.getQuery() == null ? "" : parameters.getQuery().trim();
        if (SearchService.LANGUAGE_FTS_ALFRESCO.equals(parameters.getLanguage())) {
            return fts(text, parameters);
        }
        if (SearchService.LANGUAGE_CMIS_ALFRESCO.equals(parameters.getLanguage())) {
            return cmis(text);
        }
        return null;
    }

    private Query fts(String text, SearchParameters parameters) {
        Predicate<NodeRef> filter = node -> true;
        for (String part : text.split(" AND ")) {
            Matcher aspect = FTS_ASPECT.matcher(part.trim());
            Matcher equals = FTS_EQUALS.matcher(part.trim());
            if (aspect.matches()) {
                QName name = qname(aspect.group(1));
                filter = filter.and(node -> rows.hasAspect(node, name));
            } else if (equals.matches()) {
                QName name = qname(equals.group(1));
                String value = equals.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
                filter = filter.and(node -> value.equals(text(rows.property(node, name))));
            } else {
                return null;
            }
        }
        Comparator<NodeRef> order = null;
        for (SearchParameters.SortDefinition sort : parameters.getSortDefinitions()) {
            String field = sort.getField().startsWith("@") ? sort.getField().substring(1) : sort.getField();
            if (field.equals("sys:node-dbid")) {
                continue; // not a stored property: the database sorts nothing by it
            }
            Comparator<NodeRef> byField = byProperty(qname(field), sort.isAscending());
            order = order == null ? byField : order.thenComparing(byField);
        }
        return new Query(filter, order);
    }

    private Query cmis(String text) {
        Matcher select = CMIS.matcher(text);
        if (!select.matches()) {
            return null;
        }
        Predicate<NodeRef> filter = from(select.group(1));
        if (filter == null) {
            return null;
        }
        if (select.group(3) != null) {
            Predicate<NodeRef> joined = from(select.group(3));
            if (joined == null) {
                return null;
            }
            filter = filter.and(joined);
        }
        if (select.group(5) != null) {
            for (String part : select.group(5).split(" AND ")) {
                Predicate<NodeRef> condition = condition(part.trim());
                if (condition == null) {
                    return null;
                }
                filter = filter.and(condition);
            }
        }
        Comparator<NodeRef> order = select.group(6) == null ? null
                : byProperty(cmisProperty(select.group(6)), !"DESC".equals(select.group(7)));
        return new Query(filter, order);
    }

    private Predicate<NodeRef> from(String typeOrAspect) {
        if (typeOrAspect.equals("cmis:document")) {
            return node -> ContentModel.TYPE_CONTENT.equals(rows.type(node));
        }
        if (typeOrAspect.startsWith("cmis:")) {
            return null;
        }
        // CMIS queries a type (e.g. gdpr:disposalRecord) as well as an aspect (its secondary type).
        QName typeOrAspectName = qname(typeOrAspect);
        return node -> typeOrAspectName.equals(rows.type(node)) || rows.hasAspect(node, typeOrAspectName);
    }

    private Predicate<NodeRef> condition(String text) {
        if (text.startsWith("(") && text.endsWith(")")) {
            Predicate<NodeRef> any = null;
            for (String part : text.substring(1, text.length() - 1).split(" OR ")) {
                Predicate<NodeRef> alternative = condition(part.trim());
                if (alternative == null) {
                    return null;
                }
                any = any == null ? alternative : any.or(alternative);
            }
            return any;
        }
        Matcher nullTest = NULL_TEST.matcher(text);
        if (nullTest.matches()) {
            QName name = cmisProperty(nullTest.group(1));
            boolean wantNull = nullTest.group(2) == null;
            return node -> (rows.property(node, name) == null) == wantNull;
        }
        Matcher like = LIKE.matcher(text);
        if (like.matches()) {
            QName name = cmisProperty(like.group(1));
            Pattern pattern = likePattern(like.group(2).replaceAll("\\\\(.)", "$1"));
            return node -> {
                String value = text(rows.property(node, name));
                return value != null && pattern.matcher(value).matches();
            };
        }
        Matcher comparison = COMPARISON.matcher(text);
        if (!comparison.matches()) {
            return null;
        }
        QName name = cmisProperty(comparison.group(1));
        String operator = comparison.group(2);
        Comparable<?> literal = comparison.group(3) != null ? Date.from(Instant.parse(comparison.group(3)))
                : comparison.group(4).replaceAll("\\\\(.)", "$1");
        return node -> {
            Serializable value = rows.property(node, name);
            // As in SQL: a missing value matches no comparison.
            if (value == null) {
                return false;
            }
            int c = compare(value, literal);
            return switch (operator) {
                case "=" -> c == 0;
                case "<>" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        };
    }

    // CMIS LIKE as ACS's DBLike hands it to the database: % any text, _ one character, a backslash takes the next
    // character literally; compared with case, as PostgreSQL's LIKE does.
    private static Pattern likePattern(String like) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private Comparator<NodeRef> byProperty(QName name, boolean ascending) {
        Comparator<NodeRef> order = (a, b) -> {
            Serializable left = rows.property(a, name);
            Serializable right = rows.property(b, name);
            if (left == null || right == null) {
                return left == null ? (right == null ? 0 : 1) : -1;
            }
            return compare(left, right);
        };
        return ascending ? order : order.reversed();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object value, Object literal) {
        if (value instanceof Date date && literal instanceof Date other) {
            return date.compareTo(other);
        }
        return ((Comparable) value.toString()).compareTo(literal.toString());
    }

    private static QName cmisProperty(String name) {
        if (name.equals("cmis:creationDate")) {
            return ContentModel.PROP_CREATED;
        }
        if (name.equals("cmis:name")) {
            return ContentModel.PROP_NAME;
        }
        if (name.startsWith("cmis:")) {
            throw new AssertionError("CMIS property not modelled by this double: " + name);
        }
        return qname(name);
    }

    private static QName qname(String prefixed) {
        String[] parts = prefixed.split(":", 2);
        String uri = switch (parts[0]) {
            case RetentionModel.PREFIX -> RetentionModel.NAMESPACE_URI;
            case NamespaceService.CONTENT_MODEL_PREFIX -> NamespaceService.CONTENT_MODEL_1_0_URI;
            case "sys" -> NamespaceService.SYSTEM_MODEL_1_0_URI;
            default -> throw new AssertionError("Unknown prefix in " + prefixed);
        };
        return QName.createQName(uri, parts[1]);
    }

    private static String text(Serializable value) {
        return value == null ? null : Objects.toString(value);
    }
}
