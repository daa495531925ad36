package org.gdprretention.share.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gdprretention.share.surf.ModuleResources;
import org.openqa.selenium.json.Json;

/**
 * A stand-in for Share on loopback: serves the test pages ({@link TestPages}), the module's web resources under /share/res/, YUI 2 under
 * /yui/, the GDPR REST API under Share's proxy path, and Share's dashlet configuration service. Like Share's CSRF
 * filter, it refuses a POST, PUT or DELETE whose Alfresco-CSRFToken header does not match the cookie.
 */
final class ShareStub implements AutoCloseable {

    static final String API = "/share/proxy/alfresco-api/-default-/private/gdpr/versions/1";
    static final String CSRF_TOKEN = "csrf-7f3a9c";

    private static final Json JSON = new Json();

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor;
    private final FakeGdprApi api;
    private final Path yui;
    private final List<String> refusedForCsrf = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> savedConfigurations = new CopyOnWriteArrayList<>();

    ShareStub(FakeGdprApi api, Path yui) throws IOException {
        this.api = api;
        this.yui = yui;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // Several threads, as a real server: a slow answer (FakeGdprApi.holdLists) must not hold up the page's files.
        executor = java.util.concurrent.Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<String> refusedForCsrf() {
        return refusedForCsrf;
    }

    List<Map<String, Object>> savedConfigurations() {
        return savedConfigurations;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !csrfHeaderMatchesCookie(exchange)) {
                refusedForCsrf.add(method + " " + path);
                reply(exchange, 403, JSON.toJson(FakeGdprApi.error(403, "Possible CSRF attack noted").body()), "application/json");
                return;
            }
            if (path.equals("/test/dashlet") || path.equals("/test/doclib")) {
                // Share sets its CSRF token as a cookie on every page.
                exchange.getResponseHeaders().add("Set-Cookie", "Alfresco-CSRFToken=" + CSRF_TOKEN + "; Path=/");
                String query = exchange.getRequestURI().getRawQuery();
                reply(exchange, 200, path.equals("/test/dashlet") ? TestPages.dashlet(query)
                        : TestPages.documentLibrary(query), "text/html; charset=utf-8");
            } else if (path.equals("/test/share-standins.js")) {
                reply(exchange, 200, ModuleResources.bytes("browser/share-standins.js"), "text/javascript");
            } else if (path.startsWith("/share/res/")) {
                String resource = ModuleResources.WEB_RESOURCES + path.substring("/share/res/".length());
                if (ModuleResources.exists(resource)) {
                    reply(exchange, 200, ModuleResources.bytes(resource), contentType(path));
                } else {
                    reply(exchange, 404, "not found", "text/plain");
                }
            } else if (path.startsWith("/yui/")) {
                Path file = yui.resolve(path.substring("/yui/".length())).normalize();
                if (file.startsWith(yui) && Files.isRegularFile(file)) {
                    reply(exchange, 200, Files.readAllBytes(file), contentType(path));
                } else {
                    reply(exchange, 404, "not found", "text/plain");
                }
            } else if (path.startsWith(API + "/")) {
                FakeGdprApi.Request request = new FakeGdprApi.Request(method, decode(path.substring(API.length())),
                        query(exchange.getRequestURI().getRawQuery()),
                        exchange.getRequestHeaders().getFirst("Alfresco-CSRFToken"), body(exchange),
                        language(exchange.getRequestHeaders().getFirst("Accept-Language")));
                FakeGdprApi.Reply answer = api.handle(request);
                if (answer.body() == null) {
                    exchange.sendResponseHeaders(answer.status(), -1);
                } else {
                    reply(exchange, answer.status(), JSON.toJson(answer.body()), "application/json");
                }
            } else if (path.startsWith("/share/service/modules/dashlet/config/")) {
                Map<String, Object> saved = new LinkedHashMap<>(body(exchange));
                saved.put("componentId", decode(path.substring("/share/service/modules/dashlet/config/".length())));
                savedConfigurations.add(saved);
                reply(exchange, 200, "{}", "application/json");
            } else {
                reply(exchange, 404, "not found", "text/plain");
            }
        } catch (RuntimeException e) {
            reply(exchange, 500, String.valueOf(e), "text/plain");
        } finally {
            exchange.close();
        }
    }

    /** Share's CSRF filter: the header must carry the token of the cookie. */
    private static boolean csrfHeaderMatchesCookie(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Alfresco-CSRFToken");
        String cookies = String.valueOf(exchange.getRequestHeaders().getFirst("Cookie"));
        return header != null && cookies.contains("Alfresco-CSRFToken=" + header);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.isBlank() ? Map.of() : JSON.toType(text, Map.class);
        }
    }

    /** The first language of an Accept-Language header ("nl-NL,nl;q=0.9" is "nl"). */
    private static String language(String header) {
        return header == null || header.isBlank() ? "en" : header.split("[,;-]")[0].trim().toLowerCase(java.util.Locale.ROOT);
    }

    static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String contentType(String path) {
        if (path.endsWith(".js")) {
            return "text/javascript";
        }
        if (path.endsWith(".css")) {
            return "text/css";
        }
        if (path.endsWith(".png")) {
            return "image/png";
        }
        if (path.endsWith(".gif")) {
            return "image/gif";
        }
        return "application/octet-stream";
    }

    private static void reply(HttpExchange exchange, int status, String body, String type) throws IOException {
        reply(exchange, status, body.getBytes(StandardCharsets.UTF_8), type);
    }

    private static void reply(HttpExchange exchange, int status, byte[] body, String type) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
