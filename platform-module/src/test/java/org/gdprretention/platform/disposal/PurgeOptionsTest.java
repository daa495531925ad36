package org.gdprretention.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gdprretention.core.InvalidRetentionInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PurgeOptionsTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void aBatchLimitBelowOneIsRefusedNamingFieldAndValue(int limit) {
        assertThatThrownBy(() -> new PurgeOptions(false, null, limit))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid batchLimit '" + limit + "': must be greater than 0");
    }

    @Test
    void aBlankForceReasonIsNoForceAndAReasonIsTrimmed() {
        assertThat(new PurgeOptions(false, "  ", 1).forced()).isFalse();
        assertThat(new PurgeOptions(false, "  court order ", 1).forceReason()).isEqualTo("court order");
    }
}
