package org.gdprretention.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gdprretention.core.InvalidRetentionInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StartTriggerTest {

    @Test
    void parsesEachKindFromItsStoredText() {
        assertThat(StartTrigger.parse("CREATION_DATE")).isEqualTo(StartTrigger.CREATION_DATE);
        assertThat(StartTrigger.parse("EXPLICIT_DATE")).isEqualTo(StartTrigger.EXPLICIT_DATE);
        assertThat(StartTrigger.parse("PROPERTY:gdpr:relationshipEnd"))
                .isEqualTo(new StartTrigger.DateProperty("gdpr:relationshipEnd"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CREATION_DATE", "EXPLICIT_DATE", "PROPERTY:gdpr:relationshipEnd", "PROPERTY:cm:created",
        "PROPERTY:my2:end_Of_Work"})
    void textFormRoundTrips(String text) {
        assertThat(StartTrigger.parse(text).toText()).isEqualTo(text);
    }

    @Test
    void keywordsAreCaseInsensitiveButThePropertyNameIsKept() {
        assertThat(StartTrigger.parse(" creation_date ")).isEqualTo(StartTrigger.CREATION_DATE);
        assertThat(StartTrigger.parse("property:gdpr:relationshipEnd").toText())
                .isEqualTo("PROPERTY:gdpr:relationshipEnd");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "TOMORROW", "PROPERTY:", "PROPERTY:relationshipEnd", "PROPERTY:Gdpr:end",
        "PROPERTY:gdpr:1end", "PROPERTY:gdpr:end date", "PROPERTY:{http://x}end"})
    void refusesBadTextNamingTheField(String text) {
        assertThatThrownBy(() -> StartTrigger.parse(text))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid startTrigger '" + text + "': ");
    }

    @Test
    void propertyTriggerValidatesItsNameWhenBuiltDirectly() {
        assertThatThrownBy(() -> StartTrigger.property("gdpr-relationshipEnd"))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid startTrigger 'gdpr-relationshipEnd': "
                        + "the property must be a prefixed name such as gdpr:relationshipEnd");
    }
}
