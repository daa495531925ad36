package org.gdprretention.share.surf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.mozilla.javascript.ConsString;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * Runs a Surf web script controller ({@code .get.js}) in Rhino as Share does, with the root objects it uses:
 * {@code args}, {@code page.url.templateArgs}, {@code instance.object.id}, {@code msg.get}, {@code model} and a
 * {@code remote} whose connector answers with {@code status.code} and {@code response}, from a stub.
 */
public final class SurfController {

    /** One answer of the stub repository. */
    public record Answer(int code, String body) {
    }

    /** The calls the controller made, as "endpoint path". */
    private final List<String> calls = new ArrayList<>();

    /** The signed-in user ({@code user.name}). */
    private String userName = "jdoe";

    public List<String> calls() {
        return calls;
    }

    public SurfController user(String name) {
        this.userName = name;
        return this;
    }

    /** Runs the script and returns its {@code model} as plain Java maps, lists, strings, numbers and booleans. */
    public Map<String, Object> run(String scriptPath, Map<String, String> args, Map<String, String> templateArgs,
            String componentId, Map<String, String> messages, BiFunction<String, String, Answer> repository) {
        Context cx = Context.enter();
        try {
            cx.setOptimizationLevel(-1);
            cx.setLanguageVersion(Context.VERSION_ES6);
            ScriptableObject scope = cx.initSafeStandardObjects();
            ScriptableObject.putProperty(scope, "__host", Context.javaToJS(new Host(repository, messages), scope));
            String prelude = String.join("\n",
                    "var model = {};",
                    "var args = " + json(args) + ";",
                    "var page = { url: { templateArgs: " + json(templateArgs) + " } };",
                    "var instance = { object: { id: " + quote(componentId) + " } };",
                    "var msg = { get: function(key) { return String(__host.message(key)); } };",
                    "var user = { name: " + quote(userName) + ", id: " + quote(userName) + " };",
                    "function __answer(endpoint, path) { var answer = __host.call(String(endpoint), String(path));",
                    "  return { status: { code: answer.code() }, response: String(answer.body()) }; }",
                    // remote.call(path) is remote.connect("alfresco").get(path): Share's default endpoint
                    "var remote = { call: function(path) { return __answer('alfresco', path); },",
                    "  connect: function(endpoint) { return { get: function(path) { return __answer(endpoint, path); } }; } };");
            cx.evaluateString(scope, prelude, "prelude", 1, null);
            cx.evaluateString(scope, ModuleResources.text(scriptPath), scriptPath, 1, null);
            @SuppressWarnings("unchecked")
            Map<String, Object> model = (Map<String, Object>) toJava(ScriptableObject.getProperty(scope, "model"));
            return model;
        } finally {
            Context.exit();
        }
    }

    /** Called from the script. */
    public final class Host {
        private final BiFunction<String, String, Answer> repository;
        private final Map<String, String> messages;

        Host(BiFunction<String, String, Answer> repository, Map<String, String> messages) {
            this.repository = repository;
            this.messages = messages;
        }

        public Answer call(String endpoint, String path) {
            calls.add(endpoint + " " + path);
            return repository.apply(endpoint, path);
        }

        public String message(String key) {
            return messages.getOrDefault(key, key);
        }
    }

    static Object toJava(Object value) {
        if (value == null || value instanceof Undefined) {
            return null;
        }
        if (value instanceof ConsString || value instanceof CharSequence) {
            return value.toString();
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < Long.MAX_VALUE ? (Object) (long) d : (Object) d;
        }
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof NativeArray array) {
            List<Object> list = new ArrayList<>();
            for (long i = 0; i < array.getLength(); i++) {
                list.add(toJava(array.get((int) i, array)));
            }
            return list;
        }
        if (value instanceof Scriptable object) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Object id : object.getIds()) {
                String key = id.toString();
                map.put(key, toJava(ScriptableObject.getProperty(object, key)));
            }
            return map;
        }
        return value;
    }

    private static String json(Map<String, String> values) {
        StringBuilder out = new StringBuilder("{");
        values.forEach((key, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(key)).append(':').append(value == null ? "null" : quote(value));
        });
        return out.append('}').toString();
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '<' -> out.append("\\u003c");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
