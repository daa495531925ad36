package org.gdprretention.platform.hold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.gdprretention.platform.expiry.ApplyRetentionActionExecuter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every action of this module has a title, a description and a label per parameter, in English and Dutch. */
class ActionMessagesTest {

    private static final String BUNDLE = "alfresco/module/gdpr-retention-platform/messages/retention-actions";
    private static final Map<String, List<String>> PARAMETERS_BY_ACTION = Map.of(
            ApplyRetentionActionExecuter.NAME, List.of(ApplyRetentionActionExecuter.PARAM_RETENTION_TYPE,
                    ApplyRetentionActionExecuter.PARAM_START_DATE_PROPERTY),
            SetLegalHoldActionExecuter.NAME, List.of(SetLegalHoldActionExecuter.PARAM_REASON),
            LiftLegalHoldActionExecuter.NAME, List.of());

    @ParameterizedTest
    @ValueSource(strings = {"", "_nl"})
    void everyActionAndParameterIsLabelled(String locale) throws IOException {
        Properties messages = load(BUNDLE + locale + ".properties");

        List<String> expected = new ArrayList<>();
        PARAMETERS_BY_ACTION.forEach((action, parameters) -> {
            expected.add(action + ".title");
            expected.add(action + ".description");
            parameters.forEach(parameter -> expected.add(action + "." + parameter + ".display-label"));
        });
        for (String key : expected) {
            assertThat(messages.getProperty(key)).as(key + " in " + BUNDLE + locale).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_nl"})
    void theBundlesAreAsciiSoEveryJavaVersionReadsThemAlike(String locale) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(BUNDLE + locale + ".properties")) {
            byte[] bytes = in.readAllBytes();
            for (byte b : bytes) {
                assertThat(b).as("non-ASCII byte in " + BUNDLE + locale).isGreaterThanOrEqualTo((byte) 0);
            }
        }
    }

    private Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(in);
        }
        return properties;
    }
}
