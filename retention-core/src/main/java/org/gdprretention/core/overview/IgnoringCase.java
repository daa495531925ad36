package org.gdprretention.core.overview;

import java.util.Locale;

/**
 * Text search of the overview: whether a value contains a text when both are lower-cased with {@link Locale#ROOT},
 * answered without the two lower-cased copies per row.
 *
 * <p>Lower-casing a string is lower-casing each char except for the dotted capital I (one char becomes two), the
 * capital sigma (final or not depends on its neighbours) and surrogate pairs (cased as one code point): a value or
 * text with one of those is compared as lower-cased copies, so the answer is always that of {@link Locale#ROOT}.
 * {@code String.regionMatches(true, ...)} is not used because it folds more than lower-casing does (dotless i with
 * I, long s with s, final sigma with sigma) and would widen the filter.
 */
final class IgnoringCase {

    private static final char DOTTED_CAPITAL_I = '\u0130';
    private static final char CAPITAL_SIGMA = '\u03a3';

    private IgnoringCase() {
    }

    static boolean contains(String value, String text) {
        if (value == null) {
            return false;
        }
        if (needsWholeStringCasing(text) || needsWholeStringCasing(value)) {
            return value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
        }
        int length = text.length();
        if (length == 0) {
            return true;
        }
        char first = Character.toLowerCase(text.charAt(0));
        int lastStart = value.length() - length;
        for (int start = 0; start <= lastStart; start++) {
            if (Character.toLowerCase(value.charAt(start)) == first && matchesAt(value, start, text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(String value, int start, String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.toLowerCase(value.charAt(start + i)) != Character.toLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether lower-casing the string differs from lower-casing each of its chars on its own. */
    static boolean needsWholeStringCasing(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= DOTTED_CAPITAL_I && (c == DOTTED_CAPITAL_I || c == CAPITAL_SIGMA || Character.isSurrogate(c))) {
                return true;
            }
        }
        return false;
    }
}
