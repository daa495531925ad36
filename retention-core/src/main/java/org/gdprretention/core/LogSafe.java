package org.gdprretention.core;

/**
 * Text from outside (a property a client set, a reason someone typed) made safe to put into a message that ends up
 * in a log line or a REST error: line breaks, tabs and every other control character are written as escapes
 * ({@code \n}, {@code \r}, {@code \t}, {@code \u001b}), so a value cannot start a forged log line or hide text.
 * Printable characters, accented letters included, stay as they are.
 */
public final class LogSafe {

    private LogSafe() {
    }

    /** {@code value} with its control characters escaped; {@code null} as "null". */
    public static String escape(Object value) {
        String text = String.valueOf(value);
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (escaped != null) {
                escaped.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static String replacement(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\\' -> null;
            default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
