package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alfresco.rest.framework.core.exceptions.ApiException;
import org.alfresco.rest.framework.resource.parameters.Parameters;

/**
 * Sends malformed requests to one REST endpoint and asserts that every one is answered with a 4xx framework
 * exception ({@link ApiException} that ACS maps to 400-499), never a result and never anything else; prints how many
 * requests each status answered.
 * <p>
 * Every generated request carries at least one defect the endpoint must refuse (a value outside a parameter's
 * syntax, an unknown or repeated parameter, paging or {@code orderBy} out of range, a malformed path id, a broken or
 * wrongly typed body), often with harmless noise around it (valid values, injection strings in free text). An id of
 * valid syntax that the test's repository does not hold is a defect too (404). Requests are reproducible: one seed.
 * <p>
 * Usage (the test then checks that nothing was written, e.g. {@code verifyNoInteractions(purgeService)}):
 * <pre>{@code
 * new RestFuzzer(42).endpoint("GET /retentions")
 *         .query(QueryParam.enumeration("status", "ACTIVE", "EXPIRED").repeatable(), QueryParam.date("expiryFrom"))
 *         .paging(1000).orderBy("expiryDate", "name")
 *         .call(request -> resource.readAll(request.parameters()))
 *         .run(1000);
 * }</pre>
 */
public final class RestFuzzer {

    /** Requests per endpoint the REST tests send at least. */
    public static final int DEFAULT_REQUESTS = 1000;

    /** Text that must never reach a query, a log or a page unescaped; malformed wherever syntax is checked. */
    public static final List<String> INJECTIONS = List.of("' OR '1'='1", "\" OR \"\"=\"", "1; DROP TABLE alf_node;--",
            "*:*", "TYPE:\"cm:content\" OR ASPECT:\"gdpr:legalHold\"", "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1)",
            "<script>alert(1)</script>", "${7*7}", "#{7*7}", "<#assign x=1>", "../../etc/passwd", "..\\..\\boot.ini",
            "%00", "\u0000", "\r\nSet-Cookie: x=1", "{{7*7}}", "); exec(", "\\", "%", "_", "'", "\"");

    private final Random random;

    public RestFuzzer(long seed) {
        this.random = new Random(seed);
    }

    public Endpoint endpoint(String name) {
        return new Endpoint(name);
    }

    /** The call under test: answers one request (the returned value is the resource's answer). */
    @FunctionalInterface
    public interface Call {
        Object answer(FuzzRequest request) throws Exception;
    }

    /** One generated request as the framework hands it over. */
    public static final class FuzzRequest {
        private final RestRequest request;
        private final String id;
        private final String body;
        private final String description;

        FuzzRequest(RestRequest request, String id, String body, String description) {
            this.request = request;
            this.id = id;
            this.body = body;
            this.description = description;
        }

        /** The parameters; throws the framework's own 400 for paging or orderBy it refuses. */
        public Parameters parameters() {
            return request.parameters();
        }

        /** The path id ({@code {id}} or {@code {nodeId}}), or null for a collection endpoint. */
        public String id() {
            return id;
        }

        /** The body read as a single object, as the framework does for an operation (its 400 when unreadable). */
        public <T> T body(Class<T> type) {
            return RestJson.readBody(body, type);
        }

        /** The body read as the framework does for POST to a collection: one object or an array. */
        public <T> List<T> bodyList(Class<T> type) {
            return RestJson.readBodyList(body, type);
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /** A query parameter an endpoint accepts, with its syntax. */
    public static final class QueryParam {
        private final String name;
        private final Kind kind;
        private final List<String> values;
        private final int maxLength;
        private boolean repeatable;

        private QueryParam(String name, Kind kind, List<String> values, int maxLength) {
            this.name = name;
            this.kind = kind;
            this.values = values;
            this.maxLength = maxLength;
        }

        /** One of these exact values (a repeatable one may also be given as a comma list). */
        public static QueryParam enumeration(String name, String... values) {
            return new QueryParam(name, Kind.ENUM, List.of(values), 0);
        }

        /** A day, {@code yyyy-MM-dd}. */
        public static QueryParam date(String name) {
            return new QueryParam(name, Kind.DATE, List.of(), 0);
        }

        /** {@code true} or {@code false}. */
        public static QueryParam bool(String name) {
            return new QueryParam(name, Kind.BOOLEAN, List.of(), 0);
        }

        /** A node id: the UUID part of a node reference in the workspace store. */
        public static QueryParam nodeId(String name) {
            return new QueryParam(name, Kind.NODE_ID, List.of(), 0);
        }

        /** A code or short name: letters, digits, {@code . _ -}, at most {@code maxLength} characters. */
        public static QueryParam code(String name, int maxLength) {
            return new QueryParam(name, Kind.CODE, List.of(), maxLength);
        }

        /** Free text of at most {@code maxLength} characters without control characters; injections are valid. */
        public static QueryParam text(String name, int maxLength) {
            return new QueryParam(name, Kind.TEXT, List.of(), maxLength);
        }

        /** The parameter may be given more than once; otherwise a repetition is a defect. */
        public QueryParam repeatable() {
            this.repeatable = true;
            return this;
        }
    }

    /** The JSON body an endpoint reads, field by field. */
    public static final class BodyShape {
        private final Map<String, Kind> fields = new LinkedHashMap<>();
        private final Map<String, Integer> limits = new LinkedHashMap<>();
        private final List<String> required = new ArrayList<>();
        private boolean listAllowed;

        private BodyShape() {
        }

        public static BodyShape object() {
            return new BodyShape();
        }

        /** The framework reads the body as a list (POST to a collection): an array of objects is valid syntax. */
        public BodyShape asCollection() {
            this.listAllowed = true;
            return this;
        }

        /** A list of node ids of at most {@code maxSize}. */
        public BodyShape nodeIds(String field, int maxSize, boolean isRequired) {
            return field(field, Kind.NODE_ID_LIST, maxSize, isRequired);
        }

        /** Text of at most {@code maxLength} characters; a required text may not be blank. */
        public BodyShape text(String field, int maxLength, boolean isRequired) {
            return field(field, Kind.TEXT, maxLength, isRequired);
        }

        public BodyShape bool(String field) {
            return field(field, Kind.BOOLEAN, 0, false);
        }

        private BodyShape field(String field, Kind kind, int limit, boolean isRequired) {
            fields.put(field, kind);
            limits.put(field, limit);
            if (isRequired) {
                required.add(field);
            }
            return this;
        }
    }

    private enum Kind { ENUM, DATE, BOOLEAN, NODE_ID, CODE, TEXT, NODE_ID_LIST }

    /** Counts per status of one run. */
    public static final class Report {
        private final String endpoint;
        private final Map<Integer, Integer> perStatus;

        Report(String endpoint, Map<Integer, Integer> perStatus) {
            this.endpoint = endpoint;
            this.perStatus = perStatus;
        }

        public int total() {
            return perStatus.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int count(int status) {
            return perStatus.getOrDefault(status, 0);
        }

        @Override
        public String toString() {
            return endpoint + ": " + total() + " malformed requests, all 4xx " + perStatus;
        }
    }

    /** One endpoint's description; build it, then {@link #run(int)}. */
    public final class Endpoint {
        private final String name;
        private final List<QueryParam> params = new ArrayList<>();
        private int maxItemsLimit;
        private final List<String> orderBy = new ArrayList<>();
        private final List<String> include = new ArrayList<>();
        private boolean pathId;
        private BodyShape body;
        private Call call;

        private Endpoint(String name) {
            this.name = name;
        }

        public Endpoint query(QueryParam... accepted) {
            params.addAll(Arrays.asList(accepted));
            return this;
        }

        /** A collection: skipCount and maxItems, at most {@code maxItemsLimit} items per page. */
        public Endpoint paging(int limit) {
            this.maxItemsLimit = limit;
            return this;
        }

        public Endpoint orderBy(String... columns) {
            orderBy.addAll(Arrays.asList(columns));
            return this;
        }

        public Endpoint include(String... values) {
            include.addAll(Arrays.asList(values));
            return this;
        }

        /** The path carries a node id. */
        public Endpoint nodeIdInPath() {
            this.pathId = true;
            return this;
        }

        public Endpoint body(BodyShape shape) {
            this.body = shape;
            return this;
        }

        public Endpoint call(Call answer) {
            this.call = answer;
            return this;
        }

        /** Sends {@code requests} malformed requests; fails listing each answer that was not a 4xx exception. */
        public Report run(int requests) {
            if (call == null) {
                throw new IllegalStateException("No call for " + name);
            }
            Map<Integer, Integer> perStatus = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                FuzzRequest request = generate();
                try {
                    Object answer = call.answer(request);
                    failures.add(request + " -> answered " + answer);
                } catch (Throwable thrown) {
                    int status = RestStatus.of(thrown);
                    if (!(thrown instanceof ApiException) || status < 400 || status > 499) {
                        failures.add(request + " -> " + status + " " + thrown);
                    } else {
                        perStatus.merge(status, 1, Integer::sum);
                    }
                }
            }
            Report report = new Report(name, perStatus);
            System.out.println("[fuzz] " + report);
            assertThat(failures).as("%s: requests not answered with a 4xx framework exception (of %d)", name,
                    requests).isEmpty();
            return report;
        }

        private FuzzRequest generate() {
            List<Defect> defects = new ArrayList<>();
            if (!params.isEmpty()) {
                defects.add(this::badValue);
                defects.add(this::repeated);
            }
            defects.add(this::unknownParameter);
            if (maxItemsLimit > 0) {
                defects.add(this::badPaging);
            }
            if (!orderBy.isEmpty()) {
                defects.add(this::badOrderBy);
            }
            if (!include.isEmpty()) {
                defects.add(this::badInclude);
            }
            if (pathId) {
                defects.add(this::badPathId);
                defects.add(this::unknownPathId);
            }
            if (body != null) {
                defects.add(this::badBody);
                defects.add(this::badBodyField);
            }
            Draft draft = new Draft(validId(), body == null ? null : validBody());
            int noise = random.nextInt(3);
            for (int i = 0; i < noise; i++) {
                addNoise(draft);
            }
            defects.get(random.nextInt(defects.size())).apply(draft);
            if (random.nextInt(4) == 0) {
                defects.get(random.nextInt(defects.size())).apply(draft); // sometimes two defects
            }
            return draft.build(name, pathId);
        }

        // --- defects ---

        private void badValue(Draft draft) {
            QueryParam param = params.get(random.nextInt(params.size()));
            if (param.kind == Kind.TEXT) {
                draft.set(param.name, random.nextBoolean() ? longText(param.maxLength + 1 + random.nextInt(500))
                        : "a" + (char) random.nextInt(32) + "b");
                return;
            }
            draft.set(param.name, invalidFor(param));
        }

        private void repeated(Draft draft) {
            List<QueryParam> single = params.stream().filter(p -> !p.repeatable).toList();
            if (single.isEmpty()) {
                unknownParameter(draft);
                return;
            }
            QueryParam param = single.get(random.nextInt(single.size()));
            draft.add(param.name, validFor(param));
            draft.add(param.name, validFor(param) + (param.kind == Kind.TEXT ? "x" : ""));
            if (param.kind != Kind.TEXT && random.nextBoolean()) {
                draft.add(param.name, invalidFor(param));
            }
        }

        private void unknownParameter(Draft draft) {
            List<String> names = new ArrayList<>(List.of("statuss", "Status", "expiry", "nodeRef", "q", "query",
                    "term", "limit", "offset", "page", "sort", "order", "skip", "max", "dryRun", "alf_ticket_x",
                    "include_path", "sitee"));
            names.addAll(INJECTIONS.subList(0, 6));
            String name = names.get(random.nextInt(names.size()));
            if (params.stream().anyMatch(p -> p.name.equals(name))) {
                draft.set("x" + name, pick(INJECTIONS));
            } else {
                draft.set(name, random.nextBoolean() ? "1" : pick(INJECTIONS));
            }
        }

        private void badPaging(Draft draft) {
            String[] skips = {"-1", "-2147483648", "abc", "1.5", "2147483648", "99999999999", "", " ", "0x10", "1e3",
                    pick(INJECTIONS)};
            String[] maxes = {"0", "-1", String.valueOf(maxItemsLimit + 1), String.valueOf(maxItemsLimit + 1 + random
                    .nextInt(1_000_000)), "2147483647", "abc", "", "1.0", "2147483648", pick(INJECTIONS)};
            if (random.nextBoolean()) {
                draft.set("skipCount", skips[random.nextInt(skips.length)]);
            } else {
                draft.set("maxItems", maxes[random.nextInt(maxes.length)]);
            }
        }

        private void badOrderBy(Draft draft) {
            String column = pick(orderBy);
            String[] bad = {"unknownColumn", column + " UP", column + " ASC DESC", column.toUpperCase() + "X",
                    "cm:name", "@sys:node-dbid", column + ",nope DESC", pick(INJECTIONS).replace(",", "") + "z",
                    column + " ASC," + column + " DESC," + "x"};
            draft.set("orderBy", bad[random.nextInt(bad.length)]);
        }

        private void badInclude(Draft draft) {
            String[] bad = {"everything", "properties", "path,secret", pick(include) + "s", "*", pick(INJECTIONS)
                    .replace(",", "") + "q"};
            draft.set("include", bad[random.nextInt(bad.length)]);
        }

        private void badPathId(Draft draft) {
            draft.id = malformedNodeId();
        }

        private void unknownPathId(Draft draft) {
            draft.id = uuid().toString(); // valid syntax, a node the repository does not hold
        }

        // Not among them: a valid body followed by more text ("{...}garbage"). ACS's JacksonHelper reads the first
        // JSON value and ignores what follows (FAIL_ON_TRAILING_TOKENS is off), so no resource can refuse it.
        private void badBody(Draft draft) {
            String valid = draft.body;
            String[] broken = {"", " ", "{", "}", "{\"a\":", "null", "nul", "[", "[]", "[{}", "{}}", "<xml/>", "'x'",
                    "42", "true", "\"text\"", "{\"" + pick(INJECTIONS).replace("\"", "") + "\":1}",
                    valid.substring(0, Math.min(valid.length(), Math.max(1, valid.length() / 2))), "{\"unknownField\":1}",
                    valid.replaceFirst("\\{", "{\"unknownField\":\"x\","), "\uFEFF" + valid.replace('"', '\''),
                    "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}"};
            String chosen = broken[random.nextInt(broken.length)];
            if (!body.listAllowed && chosen.equals("[]")) {
                chosen = "[" + valid + "]"; // an operation takes one object, never a list
            }
            draft.body = chosen;
        }

        private void badBodyField(Draft draft) {
            List<String> names = new ArrayList<>(body.fields.keySet());
            String field = names.get(random.nextInt(names.size()));
            Kind kind = body.fields.get(field);
            int limit = body.limits.get(field);
            String value;
            switch (kind) {
                case NODE_ID_LIST -> {
                    String[] lists = {"[]", "{}", "[{}]", "[" + json(malformedNodeId()) + "]",
                            "[\"" + uuid() + "\"," + json(malformedNodeId()) + "]", "[null]", "[[]]",
                            ids(limit + 1 + random.nextInt(50)), json(malformedNodeId())};
                    value = lists[random.nextInt(lists.length)];
                    if (value.equals("[]") && !body.required.contains(field)) {
                        value = "[{}]";
                    }
                }
                // (an empty string is no defect: ACS's Jackson reads "" as null for a Boolean, the default)
                case BOOLEAN -> value = new String[] {"\"yes\"", "{}", "[true,false]", "\"1x\""}[random
                        .nextInt(4)];
                default -> {
                    List<String> bad = new ArrayList<>(List.of("{}", "[\"a\",\"b\"]",
                            json(longText(limit + 1 + random.nextInt(2000))), json("a\u0000b")));
                    if (body.required.contains(field)) {
                        bad.addAll(List.of("null", "\"\"", "\"   \"", "\"\\t\\n\""));
                    }
                    value = bad.get(random.nextInt(bad.size()));
                }
            }
            draft.body = withField(draft.body, field, value, random.nextInt(5) == 0 && body.required.contains(field));
        }

        // --- valid material ---

        private void addNoise(Draft draft) {
            if (params.isEmpty() || random.nextBoolean() && maxItemsLimit > 0) {
                if (maxItemsLimit > 0) {
                    draft.set("maxItems", String.valueOf(1 + random.nextInt(maxItemsLimit)));
                }
                return;
            }
            QueryParam param = params.get(random.nextInt(params.size()));
            draft.set(param.name, param.kind == Kind.TEXT && random.nextBoolean() ? pick(INJECTIONS).replace("\u0000",
                    "") .replace("\r\n", " ") : validFor(param));
        }

        private String validFor(QueryParam param) {
            return switch (param.kind) {
                case ENUM -> pick(param.values);
                case DATE -> String.format("20%02d-%02d-%02d", 20 + random.nextInt(20), 1 + random.nextInt(12), 1
                        + random.nextInt(28));
                case BOOLEAN -> String.valueOf(random.nextBoolean());
                case NODE_ID -> uuid().toString();
                case CODE -> "code" + random.nextInt(1000);
                default -> "word" + random.nextInt(1000);
            };
        }

        private String invalidFor(QueryParam param) {
            List<String> bad = new ArrayList<>(INJECTIONS);
            bad.addAll(List.of("", " ", "null", "undefined", "[object Object]", longText(5000), "\u202Eevil"));
            switch (param.kind) {
                case ENUM -> {
                    String value = pick(param.values);
                    bad.addAll(List.of(value.toLowerCase() + "x", value + "S", value + ";" + value, "ALL", "*"));
                }
                case DATE -> bad.addAll(List.of("2026-02-30", "2026-13-01", "26-01-01", "2026/01/01", "01-01-2026",
                        "2026-1-1", "2026-01-01T00:00:00Z", "yesterday", "+999999999-01-01", "1701388800"));
                case BOOLEAN -> bad.addAll(List.of("yes", "no", "1", "0", "TRUE ", "t", "on"));
                case NODE_ID -> {
                    bad.addAll(List.of(malformedNodeId(), malformedNodeId(), malformedNodeId()));
                    // "null" or "undefined" is a well-formed id (of no node): not a defect
                    bad.removeIf(NodeIds::isNodeId);
                }
                case CODE -> {
                    bad.addAll(List.of(longText(param.maxLength + 1), "a b", "a/b", "a,b", "é"));
                    // "null" or "_" is a well-formed code: not a defect
                    bad.removeIf(value -> value.matches("[A-Za-z0-9_.-]{1," + param.maxLength + "}"));
                }
                default -> { }
            }
            return pick(bad);
        }

        private String malformedNodeId() {
            String uuid = uuid().toString();
            // Not among them: "null", "wf-email-html-ftl" or an upper-case UUID. ACS keeps the sys:node-uuid of an
            // imported node, so those are well-formed ids (of a node that is not there: a 404, which unknownPathId
            // covers).
            String[] bad = {"", " ", "-root-", "-my-", "..", "../" + uuid, uuid + "/..", "workspace://SpacesStore/"
                    + uuid, "archive://SpacesStore/" + uuid, "_" + uuid.substring(1), uuid + "x", uuid + ";1.0",
                    uuid + ";pwc", "%2e%2e", "a b", longText(5000), pick(INJECTIONS), uuid + "\u0000",
                    "\u202E" + uuid, uuid + " ", "{" + uuid + "}"};
            return bad[random.nextInt(bad.length)];
        }

        private String validId() {
            return uuid().toString();
        }

        private String validBody() {
            StringBuilder json = new StringBuilder("{");
            for (Map.Entry<String, Kind> field : body.fields.entrySet()) {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append(json(field.getKey())).append(':');
                switch (field.getValue()) {
                    case NODE_ID_LIST -> json.append(ids(1 + random.nextInt(3)));
                    case BOOLEAN -> json.append(random.nextBoolean());
                    default -> json.append(json("reason " + random.nextInt(100)));
                }
            }
            return json.append('}').toString();
        }

        private String ids(int count) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(json(uuid().toString()));
            }
            return "[" + String.join(",", ids) + "]";
        }
    }

    @FunctionalInterface
    private interface Defect {
        void apply(Draft draft);
    }

    /** A request being put together. */
    private static final class Draft {
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private String id;
        private String body;

        Draft(String id, String body) {
            this.id = id;
            this.body = body;
        }

        void set(String name, String value) {
            List<String> values = new ArrayList<>();
            values.add(value);
            query.put(name, values);
        }

        void add(String name, String value) {
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }

        FuzzRequest build(String endpoint, boolean withId) {
            RestRequest request = RestRequest.of(query);
            if (withId) {
                request.entityId(id);
            }
            String queryText = query.entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8))).map(RestFuzzer::shorten).collect(Collectors
                    .joining("&"));
            String description = endpoint + (withId ? " id=" + shorten(String.valueOf(id)) : "") + " ?" + queryText
                    + (body == null ? "" : " body=" + shorten(body));
            return new FuzzRequest(request, withId ? id : null, body, description);
        }
    }

    /** A random node id (version-4 form) drawn from the seed, so that runs repeat. */
    private UUID uuid() {
        long most = random.nextLong() & ~0xF000L | 0x4000L;
        long least = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(most, least);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String longText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static String withField(String body, String field, String value, boolean remove) {
        Map<String, String> fields = new LinkedHashMap<>();
        // The valid body is flat and written by validBody(): split it back into its fields.
        String inner = body.trim();
        if (!inner.startsWith("{") || !inner.endsWith("}")) {
            return "{" + json(field) + ":" + value + "}";
        }
        for (String part : splitTopLevel(inner.substring(1, inner.length() - 1))) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                fields.put(part.substring(0, colon).trim(), part.substring(colon + 1));
            }
        }
        if (remove) {
            fields.remove(json(field));
        } else {
            fields.put(json(field), value);
        }
        return fields.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && (c == '[' || c == '{')) {
                depth++;
            } else if (!inString && (c == ']' || c == '}')) {
                depth--;
            } else if (!inString && depth == 0 && c == ',') {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            parts.add(text.substring(start));
        }
        return parts;
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "...(" + text.length() + " chars)" : text;
    }
}
