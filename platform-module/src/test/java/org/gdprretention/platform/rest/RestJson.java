package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.TimeZone;
import org.alfresco.rest.framework.core.exceptions.ApiException;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;

/**
 * JSON as ACS's REST framework writes and reads it, for shape tests and for request bodies in tests.
 * <p>
 * Mirrors ACS 26.3 (remote-api {@code org.alfresco.rest.framework.jacksonextensions}):
 * <ul>
 * <li>{@code JacksonHelper}: default inclusion NON_EMPTY (null, empty strings and empty lists are left out, zero and
 * false are kept), dates as {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ} in UTC, a single value accepted as an array, unknown
 * properties refused; a body that cannot be read is an {@code InvalidArgumentException} (400);</li>
 * <li>{@code RestApiStringDeserializer}: an empty string in a body arrives as {@code null};</li>
 * <li>{@code SerializerOfExecutionResult}: an entity is {@code {"entry":{...}}}, its top-level properties without
 * nulls and without blank strings (a top-level empty list is kept; inside nested beans NON_EMPTY applies);</li>
 * <li>{@code SerializerOfCollectionWithPaging}: {@code {"list":{"pagination":{...},"entries":[{"entry":...}]}}};</li>
 * <li>the error body of the framework's exception resolver: {@code {"error":{"errorKey","statusCode","briefSummary",
 * "stackTrace","descriptionURL"}}}.</li>
 * </ul>
 * Fixtures live under {@code src/test/resources/rest/fixtures/}; objects compare regardless of field order (the
 * framework builds each entry in a HashMap, so ACS gives no order either).
 */
public final class RestJson {

    /** What ACS's ResponseWriter writes instead of a stack trace. */
    static final String STACK_TRACE_TEXT =
            "For security reasons the stack trace is no longer displayed, but the property is kept for previous versions";
    static final String DESCRIPTION_URL = "https://api-explorer.alfresco.com";

    private static final ObjectMapper MAPPER = acsObjectMapper();

    private RestJson() {
    }

    /** A new ObjectMapper configured as ACS's {@code jsonHelper} bean. */
    public static ObjectMapper acsObjectMapper() {
        ObjectMapper mapper = new ObjectMapper();
        SimpleModule module = new SimpleModule("restJsonModule");
        module.addDeserializer(String.class, new EmptyAsNullStringDeserializer());
        mapper.registerModule(module);
        mapper.setDefaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS));
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        SimpleDateFormat iso8601 = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        iso8601.setTimeZone(TimeZone.getTimeZone("UTC"));
        mapper.setDateFormat(iso8601);
        mapper.configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);
        return mapper;
    }

    /** A single entity as the framework answers {@code GET /x/{id}} or an operation: {@code {"entry":{...}}}. */
    public static JsonNode entry(Object entity) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("entry", entryBody(entity));
        return root;
    }

    /** One page of a collection as the framework answers {@code GET /x}. */
    public static JsonNode list(CollectionWithPagingInfo<?> page) {
        ObjectNode pagination = MAPPER.createObjectNode();
        pagination.put("count", page.getCollection().size());
        pagination.put("hasMoreItems", page.hasMoreItems());
        if (page.getTotalItems() != null) {
            pagination.put("totalItems", page.getTotalItems());
        }
        if (page.getPaging() != null) {
            pagination.put("skipCount", page.getPaging().getSkipCount());
            pagination.put("maxItems", page.getPaging().getMaxItems());
        }
        ArrayNode entries = MAPPER.createArrayNode();
        for (Object item : page.getCollection()) {
            entries.add(entry(item));
        }
        ObjectNode list = MAPPER.createObjectNode();
        list.set("pagination", pagination);
        list.set("entries", entries);
        ObjectNode root = MAPPER.createObjectNode();
        root.set("list", list);
        return root;
    }

    /** The error body the framework writes for an exception it maps to {@code status}. */
    public static JsonNode error(ApiException exception, int status) {
        ObjectNode error = MAPPER.createObjectNode();
        error.put("errorKey", exception.getMsgId());
        error.put("statusCode", status);
        error.put("briefSummary", exception.getMessage());
        error.put("stackTrace", STACK_TRACE_TEXT);
        error.put("descriptionURL", DESCRIPTION_URL);
        ObjectNode root = MAPPER.createObjectNode();
        root.set("error", error);
        return root;
    }

    /**
     * Reads a request body as the framework does for an operation or a single entity. An array where one object is
     * expected is ACS's 405, not a 400: {@code ResourceWebScriptPost.extractObjFromJson} turns Jackson's START_ARRAY
     * at line 1, column 1 into {@code UnsupportedResourceOperationException("Only 1 entity is supported...")}.
     */
    public static <T> T readBody(String json, Class<T> type) {
        try {
            T value = MAPPER.readerFor(type).readValue(json);
            if (value == null) {
                // ACS's construct() hands null on to the resource; resources must refuse it themselves.
                return null;
            }
            return value;
        } catch (IOException e) {
            String message = "Could not read content from HTTP request body: " + e.getMessage();
            if (message.contains("START_ARRAY") && message.contains("line: 1, column: 1")) {
                throw new org.alfresco.rest.framework.core.exceptions.UnsupportedResourceOperationException(
                        "Only 1 entity is supported in the HTTP request body");
            }
            throw new InvalidArgumentException(message);
        }
    }

    /** Reads a request body as the framework does for {@code POST} to a collection: one object or an array. */
    public static <T> List<T> readBodyList(String json, Class<T> type) {
        try {
            List<T> values = MAPPER.readerFor(MAPPER.getTypeFactory().constructCollectionType(List.class, type))
                    .readValue(json);
            if (values == null || values.isEmpty()) {
                throw new InvalidArgumentException("Could not read content from HTTP request body, the list is empty");
            }
            return values;
        } catch (IOException e) {
            throw new InvalidArgumentException("Could not read content from HTTP request body: " + e.getMessage());
        }
    }

    /** Parses JSON text (a fixture or an expected value written inline). */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture {@code rest/fixtures/<name>} from the test class path. */
    public static JsonNode fixture(String name) {
        String path = "rest/fixtures/" + name;
        try (InputStream in = RestJson.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + path + " on the test class path");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code actual} equals the fixture, field order aside; the message shows both in full. */
    public static void assertMatchesFixture(JsonNode actual, String fixtureName) {
        JsonNode expected = fixture(fixtureName);
        // As text on the wire: a long 1 and an int 1 are the same number there.
        actual = parse(pretty(actual));
        assertThat(actual).as("JSON against fixture %s%nexpected: %s%nactual:   %s", fixtureName,
                pretty(expected), pretty(actual)).isEqualTo(expected);
    }

    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // SerializerOfExecutionResult: the entity's bean properties, leaving out nulls and blank strings, then the map
    // written with the configured mapper (so nested empty lists and nulls go too).
    private static JsonNode entryBody(Object entity) {
        ObjectNode body = MAPPER.createObjectNode();
        JavaType type = MAPPER.getSerializationConfig().constructType(entity.getClass());
        BeanDescription description = MAPPER.getSerializationConfig().introspect(type);
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (!property.couldSerialize() || property.getGetter() == null) {
                continue;
            }
            Object value = invoke(property, entity);
            if (value == null || value instanceof String && ((String) value).trim().isEmpty()) {
                continue;
            }
            // The map's own entries are written ALWAYS (content inclusion): a top-level empty list stays "[]",
            // while NON_EMPTY drops empty values inside nested beans.
            body.set(property.getName(), MAPPER.valueToTree(value));
        }
        return body;
    }

    private static Object invoke(BeanPropertyDefinition property, Object entity) {
        try {
            return property.getGetter().getAnnotated().invoke(entity);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read property " + property.getName(), e);
        }
    }

    private static final class EmptyAsNullStringDeserializer extends StringDeserializer {
        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            return value != null && value.isEmpty() ? null : value;
        }
    }
}
