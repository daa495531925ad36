package org.gdprretention.share.browser;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The repository's GDPR REST API as its contract describes it (v1 list, entry and error shapes, filters, sort,
 * paging, purge dry run and purge), over a fixed set of documents. It records every request it answers.
 */
final class FakeGdprApi {

    /** One answer: status and JSON body (null for 204). */
    record Reply(int status, Object body) {
    }

    /** One request as the API saw it. */
    record Request(String method, String path, Map<String, List<String>> query, String csrfHeader, Map<String, Object> body,
            String language) {
        String first(String name) {
            List<String> values = query.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    static final List<Map<String, String>> TEMPLATES = List.of(
            Map.of("id", "tpl-personnel", "name", "Personnel file"),
            Map.of("id", "tpl-client", "name", "Client dossier"),
            Map.of("id", "tpl-certificate", "name", "Certificate"));
    static final List<Map<String, String>> TYPES = List.of(
            Map.of("code", "PERSONNEL_FILE", "label", "Personnel file (7 years)"),
            Map.of("code", "CLIENT_DOSSIER", "label", "Client dossier (5 years)"),
            Map.of("code", "VOG", "label", "Certificate of conduct (1 year)"));
    /** The API labels types in the caller's language (Accept-Language, which Share's proxy passes on). */
    static final Map<String, String> DUTCH_LABELS = Map.of("PERSONNEL_FILE", "Personeelsdossier (7 jaar)",
            "CLIENT_DOSSIER", "Cliëntdossier (5 jaar)", "VOG", "Verklaring omtrent gedrag (1 jaar)");

    private final LocalDate today = LocalDate.now();
    private final List<Map<String, Object>> documents = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile String failNextList;
    private volatile boolean officer = true;
    private volatile java.util.concurrent.CountDownLatch listGate;
    private final Map<String, Sweep> sweeps = new java.util.concurrent.ConcurrentHashMap<>();

    FakeGdprApi(int count) {
        for (int i = 1; i <= count; i++) {
            documents.add(document(i));
        }
    }

    List<Request> requests() {
        return requests;
    }

    List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    /** The caller is an ordinary user: the summary says so and no row can be purged. */
    void callerIsNoOfficer() {
        officer = false;
    }

    /** GET /retentions waits until the returned latch is counted down (a slow repository). */
    java.util.concurrent.CountDownLatch holdLists() {
        listGate = new java.util.concurrent.CountDownLatch(1);
        return listGate;
    }

    /** The next GET /retentions fails with this summary (HTTP 500). */
    void failNextList(String summary) {
        failNextList = summary;
    }

    LocalDate today() {
        return today;
    }

    private Map<String, Object> document(int i) {
        Map<String, String> template = TEMPLATES.get(i % TEMPLATES.size());
        Map<String, String> type = TYPES.get(i % TYPES.size());
        LocalDate expiry = today.plusDays(i * 9L - 90);
        boolean onHold = i % 11 == 0;
        String status = onHold ? "ON_HOLD" : expiry.isBefore(today) ? "EXPIRED"
                : expiry.isBefore(today.plusDays(30)) ? "EXPIRING" : "ACTIVE";
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", String.format("node-%03d", i));
        entry.put("name", String.format("Dossier %03d.pdf", i));
        entry.put("site", i % 2 == 0 ? "hr" : "clients");
        entry.put("template", template);
        entry.put("retentionType", type);
        entry.put("category", i % 3 == 0 ? "CERTIFICATES" : "DOSSIER_TASKS_CONTACTS");
        entry.put("startDate", expiry.minusYears(5).toString());
        entry.put("expiryDate", expiry.toString());
        entry.put("status", status);
        entry.put("consentStatus", i % 4 == 0 ? "REQUESTED" : "NONE");
        entry.put("onHold", onHold);
        entry.put("extensionCount", 0);
        return entry;
    }

    private void awaitGate() {
        java.util.concurrent.CountDownLatch gate = listGate;
        try {
            if (gate != null && !gate.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the list answer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply handle(Request request) {
        requests.add(request);
        String path = request.path();
        String method = request.method();
        if (method.equals("GET") && path.equals("/retentions")) {
            awaitGate();
            String failure = failNextList;
            if (failure != null) {
                failNextList = null;
                return error(500, failure);
            }
            return list(request);
        }
        if (method.equals("GET") && path.equals("/retention-summaries/-current-")) {
            return summary(request);
        }
        if (method.equals("GET") && path.equals("/retention-types")) {
            return new Reply(200, listOf(TYPES.stream().map(t -> (Object) Map.of("entry", type(t.get("code"), request)))
                    .toList(), 0, TYPES.size(), TYPES.size()));
        }
        if (method.equals("POST") && path.equals("/purges")) {
            return purge(request);
        }
        if (method.equals("GET") && path.equals("/extension-requests")) {
            List<Object> pending = List.of(
                    extensionRequest("req-1", "Dossier 004.pdf", "j.jansen", "Case still open"),
                    extensionRequest("req-2", "Dossier 007.pdf", "p.devries", "Client asked to keep it"));
            return new Reply(200, listOf(pending, 0, 2, 2));
        }
        if (method.equals("POST") && path.matches("/extension-requests/[^/]+/(approve|deny)")) {
            return new Reply(200, Map.of("entry", Map.of("id", path.split("/")[2], "state",
                    path.endsWith("approve") ? "APPROVED" : "DENIED")));
        }
        if (method.equals("POST") && path.equals("/extension-requests")) {
            return new Reply(201, Map.of("entry", Map.of("id", "req-3", "state", "PENDING")));
        }
        if (method.equals("POST") && path.matches("/retentions/[^/]+/legal-holds")) {
            return new Reply(201, Map.of("entry", Map.of("reason", String.valueOf(request.body().get("reason")),
                    "since", today + "T10:00:00.000+0000", "by", "officer")));
        }
        if (method.equals("DELETE") && path.matches("/retentions/[^/]+/legal-holds/current")) {
            return new Reply(204, null);
        }
        if (method.equals("GET") && path.equals("/sweeps")) {
            return sweeps();
        }
        if (method.equals("POST") && path.matches("/sweeps/[^/]+/run")) {
            return runSweep(path.split("/")[2], !Boolean.FALSE.equals(request.body().get("dryRun")));
        }
        return error(404, "No such resource: " + method + " " + path);
    }

    /** A started sweep reports itself running for two reads of GET /sweeps, then finished. */
    private Reply sweeps() {
        List<Object> sweeps = new ArrayList<>();
        for (String id : List.of("trashcan", "orphanedContentUrls", "deletedContentStore", "contentStoreOrphans")) {
            Sweep sweep = this.sweeps.computeIfAbsent(id, k -> new Sweep());
            boolean running = sweep.readsUntilDone > 0;
            if (running) {
                sweep.readsUntilDone--;
            }
            Map<String, Object> lastResult = new LinkedHashMap<>();
            lastResult.put("startedAt", today + "T02:00:00.000+0000");
            lastResult.put("finishedAt", today + "T02:01:00.000+0000");
            lastResult.put("dryRun", sweep.lastDryRun);
            lastResult.put("count", 12);
            lastResult.put("bytes", 3_500_000);
            lastResult.put("removed", sweep.lastDryRun ? 0 : 12);
            lastResult.put("problems", 0);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", id);
            entry.put("running", running);
            entry.put("progress", Map.of("processed", running ? 5 : 0, "total", running ? 12 : 0, "bytes", 0));
            entry.put("lastResult", lastResult);
            sweeps.add(Map.of("entry", entry));
        }
        return new Reply(200, Map.of("list", Map.of("pagination", pagination(0, 4, 4, 4), "entries", sweeps)));
    }

    private Reply runSweep(String id, boolean dryRun) {
        Sweep sweep = sweeps.get(id);
        if (sweep == null) {
            return error(404, "No sweep " + id);
        }
        if (sweep.readsUntilDone > 0) {
            return error(409, "The sweep " + id + " is already running");
        }
        sweep.readsUntilDone = 2;
        sweep.lastDryRun = dryRun;
        return new Reply(202, Map.of("entry", Map.of("id", id, "running", true)));
    }

    private static final class Sweep {
        volatile int readsUntilDone;
        volatile boolean lastDryRun = true;
    }

    private static Map<String, Object> extensionRequest(String id, String name, String by, String reason) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", id);
        entry.put("nodeId", "node-" + id);
        entry.put("documentName", name);
        entry.put("requestedBy", by);
        entry.put("requestedAt", "2026-11-20T09:00:00.000+0000");
        entry.put("reason", reason);
        entry.put("state", "PENDING");
        entry.put("currentExpiry", "2026-12-31");
        entry.put("proposedExpiry", "2027-12-31");
        return Map.of("entry", entry);
    }

    private Reply list(Request request) {
        List<Map<String, Object>> matching = filtered(request);
        String orderBy = request.first("orderBy") == null ? "expiryDate ASC" : request.first("orderBy");
        String[] order = orderBy.trim().split("\\s+");
        String key = order[0];
        if (!List.of("expiryDate", "name", "retentionType", "status").contains(key)) {
            return error(400, "Cannot sort by " + key);
        }
        Comparator<Map<String, Object>> comparator = Comparator.comparing(d -> sortValue(d, key));
        comparator = comparator.thenComparing(d -> (String) d.get("id"));
        if (order.length > 1 && order[1].equalsIgnoreCase("DESC")) {
            comparator = comparator.reversed();
        }
        matching.sort(comparator);
        int skip = integer(request.first("skipCount"), 0);
        int max = integer(request.first("maxItems"), 100);
        if (skip < 0 || max < 1 || max > 1000) {
            return error(400, "Invalid paging");
        }
        List<Object> page = matching.stream().skip(skip).limit(max).map(d -> (Object) Map.of("entry", localized(d, request)))
                .toList();
        return new Reply(200, listOf(page, skip, max, matching.size()));
    }

    private static String sortValue(Map<String, Object> document, String key) {
        Object value = document.get(key);
        if (value instanceof Map<?, ?> map) {
            return String.valueOf(map.get("code"));
        }
        return String.valueOf(value).toLowerCase(Locale.ROOT);
    }

    private List<Map<String, Object>> filtered(Request request) {
        Predicate<Map<String, Object>> filter = d -> true;
        List<String> statuses = request.query().getOrDefault("status", List.of()).stream()
                .flatMap(s -> List.of(s.split(",")).stream()).filter(s -> !s.isBlank()).toList();
        if (!statuses.isEmpty()) {
            filter = filter.and(d -> statuses.contains(d.get("status")));
        }
        String type = request.first("retentionType");
        if (type != null) {
            filter = filter.and(d -> type.equals(((Map<?, ?>) d.get("retentionType")).get("code")));
        }
        String template = request.first("template");
        if (template != null) {
            filter = filter.and(d -> template.equals(((Map<?, ?>) d.get("template")).get("id")));
        }
        String category = request.first("category");
        if (category != null) {
            filter = filter.and(d -> category.equals(d.get("category")));
        }
        String site = request.first("site");
        if (site != null) {
            filter = filter.and(d -> site.equals(d.get("site")));
        }
        String from = request.first("expiryFrom");
        if (from != null) {
            filter = filter.and(d -> d.get("expiryDate").toString().compareTo(from) >= 0);
        }
        String to = request.first("expiryTo");
        if (to != null) {
            filter = filter.and(d -> d.get("expiryDate").toString().compareTo(to) <= 0);
        }
        String text = request.first("text");
        if (text != null) {
            String lower = text.toLowerCase(Locale.ROOT);
            filter = filter.and(d -> d.get("name").toString().toLowerCase(Locale.ROOT).contains(lower));
        }
        return documents.stream().filter(filter).collect(Collectors.toCollection(ArrayList::new));
    }

    private Reply summary(Request request) {
        List<Map<String, Object>> matching = filtered(request);
        Map<String, Integer> perTemplate = new TreeMap<>();
        Map<String, Integer> perMonth = new TreeMap<>();
        YearMonth first = YearMonth.from(today);
        YearMonth last = first.plusMonths(11);
        for (Map<String, Object> d : matching) {
            String templateId = (String) ((Map<?, ?>) d.get("template")).get("id");
            perTemplate.merge(templateId, 1, Integer::sum);
            YearMonth month = YearMonth.from(LocalDate.parse(d.get("expiryDate").toString()));
            if (!month.isBefore(first) && !month.isAfter(last)) {
                perMonth.merge(month + "|" + templateId, 1, Integer::sum);
            }
        }
        List<Object> totals = new ArrayList<>();
        perTemplate.forEach((id, count) -> totals.add(Map.of("template", template(id), "count", count)));
        List<Object> months = new ArrayList<>();
        perMonth.forEach((key, count) -> months.add(Map.of("month", key.split("\\|")[0],
                "template", template(key.split("\\|")[1]), "count", count)));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("callerIsOfficer", officer);
        entry.put("totalsPerTemplate", totals);
        entry.put("totalsPerStatus", List.of());
        entry.put("expiringPerMonth", months);
        return new Reply(200, Map.of("entry", entry));
    }

    private static Map<String, String> type(String code, Request request) {
        String label = "nl".equals(request.language()) ? DUTCH_LABELS.get(code)
                : TYPES.stream().filter(t -> t.get("code").equals(code)).findFirst().orElseThrow().get("label");
        return Map.of("code", code, "label", label);
    }

    private Map<String, Object> localized(Map<String, Object> document, Request request) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        copy.put("retentionType", type((String) ((Map<?, ?>) document.get("retentionType")).get("code"), request));
        // As the repository: purgeable only for an officer, expired and not on hold.
        copy.put("canPurge", officer && "EXPIRED".equals(document.get("status")) && !Boolean.TRUE.equals(document.get("onHold")));
        return copy;
    }

    private static Map<String, String> template(String id) {
        return TEMPLATES.stream().filter(t -> t.get("id").equals(id)).findFirst().orElseThrow();
    }

    private Reply purge(Request request) {
        Object ids = request.body().get("nodeIds");
        if (!(ids instanceof List<?> nodeIds) || nodeIds.isEmpty()) {
            return error(400, "nodeIds is required");
        }
        if (!officer) {
            return error(403, "Only GDPR officers and administrators can purge");
        }
        boolean dryRun = !Boolean.FALSE.equals(request.body().get("dryRun"));
        List<Object> outcomes = new ArrayList<>();
        for (Object id : nodeIds) {
            Map<String, Object> document = documents.stream().filter(d -> d.get("id").equals(id)).findFirst().orElse(null);
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("nodeId", id);
            if (document == null || !"EXPIRED".equals(document.get("status"))) {
                outcome.put("outcome", "REFUSED");
                outcome.put("reason", "NOT_EXPIRED");
                outcome.put("message", "The document has not expired yet");
                outcome.put("binariesRemoved", 0);
                outcome.put("binariesKept", 0);
            } else {
                boolean shared = document.get("id").toString().endsWith("5");
                outcome.put("outcome", dryRun ? "WOULD_PURGE" : "PURGED");
                outcome.put("reason", null);
                outcome.put("message", null);
                outcome.put("binariesRemoved", shared ? 0 : 1);
                outcome.put("binariesKept", shared ? 1 : 0);
                if (!dryRun) {
                    documents.remove(document);
                }
            }
            outcomes.add(outcome);
        }
        return new Reply(200, Map.of("entry", Map.of("dryRun", dryRun, "outcomes", outcomes)));
    }

    private static Map<String, Object> listOf(List<Object> entries, int skip, int max, int total) {
        return Map.of("list", Map.of("pagination", pagination(skip, max, entries.size(), total), "entries", entries));
    }

    private static Map<String, Object> pagination(int skip, int max, int count, int total) {
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("count", count);
        pagination.put("hasMoreItems", skip + count < total);
        pagination.put("totalItems", total);
        pagination.put("skipCount", skip);
        pagination.put("maxItems", max);
        return pagination;
    }

    static Reply error(int status, String summary) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("errorKey", "framework.exception.ApiDefault");
        error.put("statusCode", status);
        error.put("briefSummary", summary);
        error.put("stackTrace", "For security reasons the stack trace is no longer displayed, but the property is kept for previous versions");
        error.put("descriptionURL", "https://api-explorer.alfresco.com");
        return new Reply(status, Map.of("error", error));
    }

    private static int integer(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
