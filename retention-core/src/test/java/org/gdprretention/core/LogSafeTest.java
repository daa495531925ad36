package org.gdprretention.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void lineBreaksTabsAndOtherControlCharactersAreEscaped() {
        assertThat(LogSafe.escape("VOG\n2026-11-30 INFO purge done\r\tx\u001b[31m\u2028"))
                .isEqualTo("VOG\\n2026-11-30 INFO purge done\\r\\tx\\u001b[31m\\u2028");
    }

    @Test
    void printableTextIsKeptAsItIs() {
        assertThat(LogSafe.escape("Verklaring omtrent het gedrag – café, 10 €")).isEqualTo(
                "Verklaring omtrent het gedrag – café, 10 €");
        assertThat(LogSafe.escape(null)).isEqualTo("null");
    }

    @Test
    void aRefusedValueCannotStartANewLineInTheMessageButKeepsItsValue() {
        String attack = "P4W\n2026-11-30 12:00:00 INFO [gdpr] purge of workspace://SpacesStore/x approved by admin";

        InvalidRetentionInputException refused = new InvalidRetentionInputException("period", attack, "is not ISO");

        assertThat(refused.getMessage()).doesNotContain("\n").contains("'P4W\\n2026-11-30 12:00:00 INFO");
        assertThat(refused.value()).isEqualTo(attack);
        assertThat(new InvalidRetentionInputException("field\r\nx", "v", "why\n").getMessage())
                .isEqualTo("Invalid field\\r\\nx 'v': why\\n");
    }
}
