package org.gdprretention.core.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The overview's text search answers as lower-casing both sides with {@link Locale#ROOT} and comparing does. */
class IgnoringCaseTest {

    /** Letters whose case mapping is special somewhere: Dutch IJ, Turkish i's, sigma, long s, Kelvin, sharp s, ... */
    private static final List<String> PIECES = List.of("a", "A", "i", "I", "\u0130", "\u0131", "\u0307", "IJ", "ij",
            "\u0132", "\u0133", "\u03a3", "\u03c3", "\u03c2", "\u039f", "\u017f", "s", "S", "\u212a", "k", "\u00df",
            "SS", "\u1e9e", "\u00e9", "\u00c9", "\ud801\udc00", "\ud801\udc28", "\ud83d\ude00", " ", "-", ".",
            "\ud801", "\udc00", "Z", "z", "@", "[", "`", "{", "x", "X", "ax", "AX");

    private static final Gen<String> TEXTS = lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 6)
            .map(pieces -> String.join("", pieces));

    private static boolean asLowerCasedCopies(String value, String text) {
        return value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    @Test
    void everyCharOutsideTheExceptionsLowerCasesOnItsOwnAsInsideAString() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String one = String.valueOf(c);
            if (!IgnoringCase.needsWholeStringCasing(one)) {
                assertThat(String.valueOf(IgnoringCase.lower(c))).as("U+%04X", (int) c)
                        .isEqualTo(one.toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void aMatchStartingWithAnAsciiLetterOtherThanIOrKStartsAtThatLetterOrItsCapital() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String lowered = String.valueOf(c).toLowerCase(Locale.ROOT);
            char first = lowered.charAt(0);
            if (IgnoringCase.foundByItsAsciiCases(first)) {
                assertThat(c == first || Character.toLowerCase(c) == first && c < 0x80).as("U+%04X", (int) c).isTrue();
            }
        }
    }

    @Test
    void answersAsLowerCasedCopiesForAnyTextAndValue() {
        qt().withExamples(30_000).forAll(TEXTS, TEXTS.map(t -> t.isEmpty() ? "a" : t))
                .checkAssert((value, text) -> assertThat(IgnoringCase.contains(value, text))
                        .as("%s in %s", text, value).isEqualTo(asLowerCasedCopies(value, text)));
    }

    @Test
    void dutchIjMatchesInAnyCaseAsLetterPairAndAsLigature() {
        assertThat(IgnoringCase.contains("IJSSELMEER-verslag.pdf", "ijssel")).isTrue();
        assertThat(IgnoringCase.contains("Bijlage.pdf", "BIJ")).isTrue();
        assertThat(IgnoringCase.contains("\u0132sselmeer", "\u0133ssel")).isTrue();
        assertThat(IgnoringCase.contains("\u0132sselmeer", "ijssel")).as("a ligature is not two letters").isFalse();
    }

    @Test
    void turkishAndGreekLettersFilterAsLowerCasingWithTheRootLocaleDoes() {
        assertThat(IgnoringCase.contains("\u0130stanbul", "i")).isTrue();
        assertThat(IgnoringCase.contains("\u0130stanbul", "\u0130st")).isTrue();
        assertThat(IgnoringCase.contains("\u0130stanbul", "ist")).as("i + combining dot").isFalse();
        assertThat(IgnoringCase.contains("x\u0130", "xi\u0307")).as("longer once lower-cased").isTrue();
        assertThat(IgnoringCase.contains("X\u0130", "xi\u0307")).isTrue();
        assertThat(IgnoringCase.contains("x\u03a3", "x\u03c2")).as("final sigma after a letter").isTrue();
        assertThat(IgnoringCase.contains("ISPARTA", "\u0131")).as("dotless i is not I").isFalse();
        assertThat(IgnoringCase.contains("\u039f\u0394\u039f\u03a3", "\u03c2")).as("final sigma").isTrue();
        assertThat(IgnoringCase.contains("\u039f\u0394\u039f\u03a3", "\u03c3")).isFalse();
        assertThat(IgnoringCase.contains("Stra\u00dfe", "STRASSE")).isFalse();
        assertThat(IgnoringCase.contains("\ud801\udc00 deseret", "\ud801\udc28")).isTrue();
    }

    @Test
    void absentValueNeverMatches() {
        assertThat(IgnoringCase.contains(null, "a")).isFalse();
    }
}
