package org.gdprretention.alfrescoapi.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.util.Pair;
import org.alfresco.util.PropertyCheck;
import org.junit.jupiter.api.Test;

class PropertyCheckAndPairTest {

    @Test
    void mandatoryAcceptsAValue() {
        assertThatCode(() -> PropertyCheck.mandatory(this, "nodeService", new Object())).doesNotThrowAnyException();
    }

    @Test
    void mandatoryRefusesNullNamingTheProperty() {
        assertThatThrownBy(() -> PropertyCheck.mandatory("purgeService", "nodeService", null))
                .isInstanceOf(AlfrescoRuntimeException.class)
                .hasMessage("system.err.property_not_set [nodeService, purgeService, null]")
                .extracting(e -> ((AlfrescoRuntimeException) e).getMsgId())
                .isEqualTo(PropertyCheck.ERR_PROPERTY_NOT_SET);
    }

    @Test
    void pairIsAValue() {
        Pair<String, Long> pair = new Pair<>("url", 3L);

        assertThat(pair.getFirst()).isEqualTo("url");
        assertThat(pair.getSecond()).isEqualTo(3L);
        assertThat(pair).isEqualTo(new Pair<>("url", 3L)).hasSameHashCodeAs(new Pair<>("url", 3L))
                .hasToString("(url, 3)");
        pair.setSecond(4L);
        assertThat(pair).isNotEqualTo(new Pair<>("url", 3L));
    }
}
