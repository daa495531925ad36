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
    /** What {@link #matchAt} found: no match, a match, or a char that needs the lower-cased copies. */
    private static final int NO_MATCH = 0;
    private static final int MATCH = 1;
    private static final int EXCEPTION = 2;

    private IgnoringCase() {
    }

    static boolean contains(String value, String text) {
        if (value == null) {
            return false;
        }
        int length = text.length();
        if (length == 0 || needsWholeStringCasing(text)) {
            return lowerCasedCopiesContain(value, text);
        }
        // One pass: a value with an exception is handed over when the pass meets it; a match found before that lies
        // in chars that lower-case on their own, so the copies would match there too.
        char first = lower(text.charAt(0));
        int lastStart = value.length() - length;
        if (foundByItsAsciiCases(first) && !touchesAnExpansion(text)) {
            return containsFromAsciiCandidates(value, text, first, lastStart);
        }
        for (int start = 0; start < value.length(); start++) {
            char c = value.charAt(start);
            if (isException(c)) {
                return lowerCasedCopiesContain(value, text);
            }
            if (start <= lastStart && lower(c) == first) {
                int found = matchAt(value, start, text);
                if (found != NO_MATCH) {
                    return found == MATCH || lowerCasedCopiesContain(value, text);
                }
            }
        }
        return false;
    }

    private static int matchAt(String value, int start, String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = value.charAt(start + i);
            if (isException(c)) {
                return EXCEPTION;
            }
            if (lower(c) != lower(text.charAt(i))) {
                return NO_MATCH;
            }
        }
        return MATCH;
    }

    /**
     * Whether only the char itself and its ASCII capital lower-case to {@code first}, so a match can only start at
     * one of those: true for ASCII except i (the dotted capital I gives i) and k (the Kelvin sign gives k).
     */
    static boolean foundByItsAsciiCases(char first) {
        return first < 0x80 && first != 'i' && first != 'k';
    }

    // A text with the combining dot above or a small sigma could match what a dotted capital I or a capital sigma
    // lower-cases to, away from any place the ASCII candidates lead to.
    private static boolean touchesAnExpansion(String text) {
        return text.indexOf('\u0307') >= 0 || text.indexOf('\u03c3') >= 0 || text.indexOf('\u03c2') >= 0;
    }

    // Candidates found with String.indexOf (an intrinsic) instead of reading every char. An exception outside every
    // candidate's window cannot make a match: it lower-cases to surrogates (the text has none), to a sigma (the text
    // has none) or to an i and a combining dot (the text has no dot, and a match through the i would start at a
    // candidate whose window holds the exception, which then takes the lower-cased copies).
    private static boolean containsFromAsciiCandidates(String value, String text, char first, int lastStart) {
        char capital = first >= 'a' && first <= 'z' ? (char) (first - ('a' - 'A')) : first;
        int small = value.indexOf(first);
        int large = capital == first ? -1 : value.indexOf(capital);
        while (small >= 0 || large >= 0) {
            int start = large < 0 || small >= 0 && small < large ? small : large;
            if (start > lastStart) {
                return false;
            }
            int found = matchAt(value, start, text);
            if (found != NO_MATCH) {
                return found == MATCH || lowerCasedCopiesContain(value, text);
            }
            if (start == small) {
                small = value.indexOf(first, start + 1);
            } else {
                large = value.indexOf(capital, start + 1);
            }
        }
        return false;
    }

    private static boolean lowerCasedCopiesContain(String value, String text) {
        return value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    /** A char lower-cased on its own; ASCII, what almost every name is, without the Unicode tables. */
    static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    private static boolean isException(char c) {
        return c >= DOTTED_CAPITAL_I && (c == DOTTED_CAPITAL_I || c == CAPITAL_SIGMA || Character.isSurrogate(c));
    }

    /** Whether lower-casing the string differs from lower-casing each of its chars on its own. */
    static boolean needsWholeStringCasing(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (isException(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
