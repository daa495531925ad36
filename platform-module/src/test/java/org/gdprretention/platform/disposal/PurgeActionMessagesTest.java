package org.gdprretention.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Share's rule editor shows the purge action and its parameters by these keys, in English and Dutch. */
class PurgeActionMessagesTest {

    private static final String BUNDLE = "alfresco/module/gdpr-retention-platform/messages/retention-actions";

    @ParameterizedTest
    @ValueSource(strings = {"", "_nl"})
    void thePurgeActionAndBothParametersAreLabelled(String locale) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(BUNDLE + locale + ".properties")) {
            assertThat(in).as(BUNDLE + locale).isNotNull();
            messages.load(in);
        }

        String action = PurgeActionExecuter.NAME;
        assertThat(messages.getProperty(action + ".title")).isNotBlank();
        assertThat(messages.getProperty(action + ".description")).isNotBlank();
        assertThat(messages.getProperty(action + "." + PurgeActionExecuter.PARAM_DRY_RUN + ".display-label"))
                .isNotBlank();
        assertThat(messages.getProperty(action + "." + PurgeActionExecuter.PARAM_FORCE_REASON + ".display-label"))
                .isNotBlank();
    }
}
