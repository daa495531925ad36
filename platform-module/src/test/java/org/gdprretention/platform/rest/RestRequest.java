package org.gdprretention.platform.rest;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.rest.framework.jacksonextensions.BeanPropertiesFilter;
import org.alfresco.rest.framework.resource.content.BasicContentInfo;
import org.alfresco.rest.framework.resource.parameters.Paging;
import org.alfresco.rest.framework.resource.parameters.Parameters;
import org.alfresco.rest.framework.resource.parameters.SortColumn;
import org.alfresco.rest.framework.resource.parameters.where.Query;
import org.springframework.extensions.webscripts.WebScriptRequest;

/**
 * A request's {@link Parameters} built from a raw query string the way ACS's framework builds them
 * ({@code RecognizedParamsExtractor}, ACS 26.3): {@code skipCount}/{@code maxItems} parsed with its defaults (0, 100)
 * and its 400s (not a number, negative skip, maximum below 1); {@code orderBy} split at commas into a column and an
 * optional {@code ASC}/{@code DESC} (anything else, or three words, is a 400); {@code include} split at commas;
 * {@code getParameter} gives the first value of every parameter the framework does not consume itself, and
 * {@code getRequest()} gives all values and names.
 * <p>
 * Usage: {@code RestRequest.query("status=ACTIVE&status=EXPIRED&maxItems=10").parameters()}; for a path id,
 * {@code .entityId("...")}. {@link #parameters()} throws the framework's {@code InvalidArgumentException} where the
 * framework would answer 400 before reaching the resource.
 */
public final class RestRequest {

    /** Parameters the framework consumes itself; they never reach {@code getParameter}. */
    public static final List<String> FRAMEWORK_PARAMS = List.of("relations", "properties", "fields", "skipCount",
            "maxItems", "orderBy", "where", "select", "includeSource");

    private final Map<String, List<String>> query;
    private String entityId;
    private String relationshipId;
    private String contentType = "application/json";

    private RestRequest(Map<String, List<String>> query) {
        this.query = query;
    }

    /** A request with this query string ({@code a=1&b=x%20y}, URL-encoded as a client sends it; may be empty). */
    public static RestRequest query(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return new RestRequest(query);
    }

    /** A request with these (already decoded) query parameters, in order, each with all its values. */
    public static RestRequest of(Map<String, List<String>> parameters) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        parameters.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
        return new RestRequest(copy);
    }

    public RestRequest entityId(String id) {
        this.entityId = id;
        return this;
    }

    /**
     * The request's {@code Content-Type} header as the client sent it; {@code application/json} unless set (what a
     * JSON client sends with a body). ACS's framework reads a body as JSON whatever this says.
     */
    public RestRequest contentType(String type) {
        this.contentType = type;
        return this;
    }

    public RestRequest relationshipId(String id) {
        this.relationshipId = id;
        return this;
    }

    /** The parameters the framework hands to the resource; throws its 400 where it refuses the request itself. */
    public Parameters parameters() {
        Paging paging = paging(first("skipCount"), first("maxItems"));
        List<SortColumn> sorting = sorting(first("orderBy"));
        String include = first("include");
        List<String> includes = include == null ? List.of()
                : Arrays.stream(include.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new FrameworkParameters(paging, sorting, includes);
    }

    private String first(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    // RecognizedParamsExtractor.getPaging
    private static Paging paging(String skip, String max) {
        int skipped = Paging.DEFAULT_SKIP_COUNT;
        int maxItems = Paging.DEFAULT_MAX_ITEMS;
        try {
            if (skip != null) {
                skipped = Integer.parseInt(skip);
            }
            if (max != null) {
                maxItems = Integer.parseInt(max);
            }
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("Invalid paging parameters skipCount: " + skip + ", maxItems:" + max);
        }
        return Paging.valueOf(skipped, maxItems);
    }

    // RecognizedParamsExtractor.getSort
    private static List<SortColumn> sorting(String orderBy) {
        if (orderBy == null) {
            return Collections.emptyList();
        }
        List<SortColumn> columns = new ArrayList<>();
        StringTokenizer tokens = new StringTokenizer(orderBy, ",");
        while (tokens.hasMoreTokens()) {
            String token = tokens.nextToken();
            StringTokenizer words = new StringTokenizer(token, " ");
            if (words.countTokens() > 2) {
                throw new InvalidArgumentException("Unknown sort order definition '" + token + "'");
            }
            if (!words.hasMoreTokens()) {
                continue; // a blank column: ACS's tokenizer would fail; nothing to sort by
            }
            String column = words.nextToken();
            boolean ascending = true;
            if (words.hasMoreTokens()) {
                String direction = words.nextToken().toUpperCase();
                if (!SortColumn.ASCENDING.equals(direction) && !SortColumn.DESCENDING.equals(direction)) {
                    throw new InvalidArgumentException("Unknown sort order direction '" + direction + "'");
                }
                ascending = SortColumn.ASCENDING.equals(direction);
            }
            columns.add(new SortColumn(column, ascending));
        }
        return columns;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A broken %-escape: the servlet container keeps the raw text.
            return text;
        }
    }

    private final class FrameworkParameters implements Parameters {
        private final Paging paging;
        private final List<SortColumn> sorting;
        private final List<String> include;
        private final WebScriptRequest request;

        FrameworkParameters(Paging paging, List<SortColumn> sorting, List<String> include) {
            this.paging = paging;
            this.sorting = sorting;
            this.include = include;
            this.request = mock(WebScriptRequest.class);
            when(request.getParameterNames()).thenReturn(query.keySet().toArray(String[]::new));
            when(request.getContentType()).thenReturn(contentType);
            when(request.getParameter(anyString())).thenAnswer(a -> first(a.getArgument(0)));
            when(request.getParameterValues(anyString())).thenAnswer(a -> {
                List<String> values = query.get(a.<String>getArgument(0));
                return values == null ? null : values.toArray(String[]::new);
            });
        }

        @Override
        public String getEntityId() {
            return entityId;
        }

        @Override
        public String getRelationshipId() {
            return relationshipId;
        }

        @Override
        public String getRelationship2Id() {
            return null;
        }

        @Override
        public String getParameter(String parameterName) {
            return FRAMEWORK_PARAMS.contains(parameterName) ? null : first(parameterName);
        }

        @Override
        public <T> T getParameter(String parameterName, Class<T> clazz) {
            throw new UnsupportedOperationException("Resources read parameters as text and convert them themselves");
        }

        @Override
        public boolean includeSource() {
            return Boolean.parseBoolean(first("includeSource"));
        }

        @Override
        public boolean isCollectionResource() {
            return entityId == null;
        }

        @Override
        public Paging getPaging() {
            return paging;
        }

        @Override
        public List<SortColumn> getSorting() {
            return sorting;
        }

        @Override
        public BeanPropertiesFilter getFilter() {
            return BeanPropertiesFilter.ALLOW_ALL;
        }

        @Override
        public boolean hasBinaryProperty(String propertyName) {
            return false;
        }

        @Override
        public String getBinaryProperty() {
            return null;
        }

        @Override
        public List<String> getInclude() {
            return include;
        }

        @Override
        public List<String> getSelectedProperties() {
            return List.of();
        }

        @Override
        public Query getQuery() {
            return null;
        }

        @Override
        public WebScriptRequest getRequest() {
            return request;
        }

        @Override
        public BasicContentInfo getContentInfo() {
            return null;
        }
    }
}
