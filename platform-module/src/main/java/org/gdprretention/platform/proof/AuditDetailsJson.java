package org.gdprretention.platform.proof;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The stored form of an audit entry's details: one JSON object of string values with its keys in ascending order
 * and no spaces, so that the same details are always stored as the same text. The hash does not depend on this
 * text (the engine hashes the values themselves), but a reader of the repository can inspect it with any JSON tool.
 */
final class AuditDetailsJson {

    private AuditDetailsJson() {
    }

    static String write(Map<String, String> details) {
        StringBuilder out = new StringBuilder(64).append('{');
        boolean first = true;
        for (Map.Entry<String, String> detail : new TreeMap<>(details).entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, detail.getKey());
            out.append(':');
            string(out, detail.getValue());
        }
        return out.append('}').toString();
    }

    /** Reads what {@link #write} wrote; anything else is refused, since a stored entry must not be guessed at. */
    static SortedMap<String, String> read(String json) {
        if (json == null || json.isEmpty()) {
            return new TreeMap<>();
        }
        return new Reader(json).object();
    }

    private static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static final class Reader {
        private final String text;
        private int position;

        Reader(String text) {
            this.text = text;
        }

        SortedMap<String, String> object() {
            SortedMap<String, String> values = new TreeMap<>();
            expect('{');
            if (peek() == '}') {
                position++;
            } else {
                do {
                    String key = string();
                    expect(':');
                    values.put(key, string());
                } while (next() == ',');
                position--;
                expect('}');
            }
            if (position != text.length()) {
                throw malformed("text after the closing brace");
            }
            return values;
        }

        private String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return value.toString();
                }
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                char escaped = next();
                switch (escaped) {
                    case '"', '\\', '/' -> value.append(escaped);
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'u' -> value.append(unicode());
                    default -> throw malformed("unknown escape \\" + escaped);
                }
            }
        }

        private char unicode() {
            if (position + 4 > text.length()) {
                throw malformed("a \\u escape needs four hexadecimal digits");
            }
            try {
                char c = (char) Integer.parseInt(text.substring(position, position + 4), 16);
                position += 4;
                return c;
            } catch (NumberFormatException e) {
                throw malformed("a \\u escape needs four hexadecimal digits");
            }
        }

        private void expect(char expected) {
            char found = next();
            if (found != expected) {
                throw malformed("expected '" + expected + "' but found '" + found + "'");
            }
        }

        private char peek() {
            if (position >= text.length()) {
                throw malformed("unexpected end");
            }
            return text.charAt(position);
        }

        private char next() {
            char c = peek();
            position++;
            return c;
        }

        private IllegalStateException malformed(String why) {
            return new IllegalStateException("Stored audit details are not the JSON object the audit log writes ("
                    + why + " at position " + position + "): " + text);
        }
    }
}
