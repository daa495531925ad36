package org.gdprretention.platform.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditDetailsJsonTest {

    @Test
    void keysAreWrittenInAscendingOrderWhateverTheMapOrder() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("zeta", "1");
        details.put("alpha", "2");

        assertThat(AuditDetailsJson.write(details)).isEqualTo("{\"alpha\":\"2\",\"zeta\":\"1\"}");
    }

    @Test
    void specialCharactersAreEscapedAndReadBack() {
        Map<String, String> details = Map.of("reason", "a \"quote\", a \\ backslash\nand\u0001control");

        String json = AuditDetailsJson.write(details);

        assertThat(json).isEqualTo("{\"reason\":\"a \\\"quote\\\", a \\\\ backslash\\nand\\u0001control\"}");
        assertThat(AuditDetailsJson.read(json)).isEqualTo(details);
    }

    @Test
    void anEmptyObjectAndAMissingValueAreNoDetails() {
        assertThat(AuditDetailsJson.write(Map.of())).isEqualTo("{}");
        assertThat(AuditDetailsJson.read("{}")).isEmpty();
        assertThat(AuditDetailsJson.read(null)).isEmpty();
    }

    @Test
    void escapesOtherWritersUseAreUnderstood() {
        assertThat(AuditDetailsJson.read("{\"a\":\"x\\/y\\u00e9\\t\"}")).containsEntry("a", "x/y\u00e9\t");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1}", "{\"a\":\"1\"", "[\"a\"]", "{\"a\":\"1\"} trailing", "{\"a\":\"\\q\"}",
            "{\"a\":\"\\u12\"}"})
    void textThatIsNotTheStoredFormIsRefusedQuotingIt(String json) {
        assertThatThrownBy(() -> AuditDetailsJson.read(json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Stored audit details")
                .hasMessageContaining(json);
    }
}
