package org.gdprretention.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.chemistry.opencmis.commons.impl.json.JSONValue;
import org.apache.chemistry.opencmis.commons.impl.json.parser.JSONParseException;
import org.junit.jupiter.api.Assumptions;

/**
 * A minimal client for the live ACS tests ({@code *IT}): basic auth, JSON in and out, polling. Connection settings
 * come from the environment: {@code ACS_URL} (e.g. {@code http://localhost:8080/alfresco}), {@code ACS_USER} and
 * {@code ACS_PASSWORD} (default admin/admin). Without {@code ACS_URL} every test that asks for a client is skipped.
 *
 * <p>JSON is read and written with the small parser that OpenCMIS carries (already on the test classpath for the
 * CMIS contract test): objects are {@code Map<String, Object>}, arrays {@code List<Object>}.
 */
final class AcsClient {

    static final String SKIP_MESSAGE = "ACS_URL not set: live ACS tests skipped";

    /** Base path of the public REST API v1, relative to {@code ACS_URL}. */
    static final String V1 = "/api/-default-/public/alfresco/versions/1";

    /** The Discovery API is not under {@link #V1}: it lives at {@code <ACS_URL>/api/discovery}. */
    static final String DISCOVERY = "/api/discovery";

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final String baseUrl;
    private final String user;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private AcsClient(String baseUrl, String user, String password) {
        this.user = user;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A client for the ACS named by the environment; aborts (skips) the calling test when {@code ACS_URL} is unset. */
    static AcsClient fromEnvironment() {
        String url = System.getenv("ACS_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), SKIP_MESSAGE);
        return new AcsClient(url.trim(), envOr("ACS_USER", "admin"), envOr("ACS_PASSWORD", "admin"));
    }

    /** Who this client signs in as. */
    String user() {
        return user;
    }

    /** The same repository, as another user (created with {@link #createUser}). */
    AcsClient as(String user, String password) {
        return new AcsClient(baseUrl, user, password);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    // --- HTTP -----------------------------------------------------------------------------------------------------

    Response get(String path) {
        return send(request(path).GET());
    }

    Response post(String path, Map<String, ?> body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSONValue.toJSONString(body), StandardCharsets.UTF_8)));
    }

    Response put(String path, Map<String, ?> body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSONValue.toJSONString(body), StandardCharsets.UTF_8)));
    }

    /** A form POST (the CMIS browser binding takes its actions this way). */
    Response postForm(String path, Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8)));
    }

    Response putContent(String path, String mimeType, String text) {
        return send(request(path).header("Content-Type", mimeType)
                .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private Response send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(request.method() + " " + request.uri(), response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError("ACS not reachable at " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while calling " + request.uri(), e);
        }
    }

    // --- nodes ----------------------------------------------------------------------------------------------------

    /** Creates a folder with a unique name under the user's home folder ({@code -my-}); returns its entry. */
    Map<String, Object> createFolderInHome(String namePrefix) {
        Response created = post(V1 + "/nodes/-my-/children",
                Map.of("name", namePrefix + "-" + System.nanoTime(), "nodeType", "cm:folder"));
        return created.expect(201).entry();
    }

    /** The node at {@code relativePath} below Company Home (e.g. {@code Data Dictionary/Node Templates}). */
    Map<String, Object> nodeAt(String relativePath) {
        return get(V1 + "/nodes/-root-?include=properties,aspectNames&relativePath="
                + java.net.URLEncoder.encode(relativePath, StandardCharsets.UTF_8).replace("+", "%20"))
                .expect(200).entry();
    }

    /** The entries of a folder's children (first 1,000, newest first), with properties and aspect names. */
    List<Map<String, Object>> children(String folderId) {
        Map<String, Object> list = object(get(V1 + "/nodes/" + folderId
                + "/children?include=properties,aspectNames&maxItems=1000&orderBy=createdAt%20DESC")
                .expect(200).json().get("list"));
        return array(list.get("entries")).stream().map(e -> object(object(e).get("entry"))).toList();
    }

    /** Creates a user (password = id) and puts it in the given groups; returns the id. */
    String createUser(String idPrefix, String... groups) {
        String id = idPrefix + "-" + System.nanoTime();
        post(V1 + "/people", Map.of("id", id, "firstName", idPrefix, "email", id + "@example.org", "password", id))
                .expect(201);
        for (String group : groups) {
            post(V1 + "/groups/" + group + "/members", Map.of("id", id, "memberType", "PERSON")).expect(201);
        }
        return id;
    }

    /** POSTs a child node; the caller checks the status (a refused create is a valid outcome). */
    Response createChild(String parentId, Map<String, ?> node) {
        return post(V1 + "/nodes/" + parentId + "/children", node);
    }

    /** The node with its properties and aspect names. */
    Response node(String nodeId) {
        return get(V1 + "/nodes/" + nodeId + "?include=properties,aspectNames");
    }

    /** Deletes the node for good (no trashcan); a node that is already gone is fine. */
    void deletePermanently(String nodeId) {
        Response deleted = delete(V1 + "/nodes/" + nodeId + "?permanent=true");
        if (deleted.status() != 204 && deleted.status() != 404) {
            throw new AssertionError("clean-up failed: " + deleted);
        }
    }

    /** Starts an action on a node (REST v1 runs it asynchronously); returns the execution id. */
    String executeAction(String actionDefinitionId, String targetId, Map<String, ?> params) {
        Response accepted = post(V1 + "/action-executions",
                Map.of("actionDefinitionId", actionDefinitionId, "targetId", targetId, "params", params));
        String id = (String) accepted.expect(202).entry().get("id");
        assertThat(id).as("execution id of %s", actionDefinitionId).isNotBlank();
        return id;
    }

    // --- waiting --------------------------------------------------------------------------------------------------

    /** Waits until {@code condition} holds, polling; fails with {@code what} after {@code timeout}. */
    static void awaitTrue(Duration timeout, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("not within " + timeout.toSeconds() + " s: " + what);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while polling", e);
        }
    }

    // --- JSON helpers ---------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        assertThat(value).as("JSON object").isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Object value) {
        assertThat(value).as("JSON array").isInstanceOf(List.class);
        return (List<Object>) value;
    }

    /** {@code properties} of a node entry (empty when the node has none). */
    static Map<String, Object> properties(Map<String, Object> entry) {
        Object properties = entry.get("properties");
        return properties == null ? Map.of() : object(properties);
    }

    /** {@code aspectNames} of a node entry. */
    static List<Object> aspectNames(Map<String, Object> entry) {
        return array(entry.get("aspectNames"));
    }

    /** An ACS date-time as the REST API writes it ({@code 2026-11-30T05:21:48.123+0000}). */
    static Instant instant(Object value) {
        assertThat(value).as("date-time").isInstanceOf(String.class);
        String text = ((String) value).replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
        return OffsetDateTime.parse(text).toInstant();
    }

    /** One HTTP exchange: what was asked, the status and the body. */
    record Response(String call, int status, String body) {

        Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError(call + ": expected HTTP " + expected + " but was " + status + ": " + body);
            }
            return this;
        }

        Map<String, Object> json() {
            try {
                return object(JSONValue.parseWithException(body));
            } catch (JSONParseException e) {
                throw new AssertionError(call + ": not JSON: " + body, e);
            }
        }

        /** The {@code entry} of a single-entity response. */
        Map<String, Object> entry() {
            return object(json().get("entry"));
        }

        @Override
        public String toString() {
            return call + " -> " + status + " " + body;
        }
    }
}
