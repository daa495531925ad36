package org.gdprretention.platform.rest.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every error the administration resources raise has an English and a Dutch text, and the bundles agree. */
class AdminMessagesTest {

    private static final String BUNDLE = "alfresco/module/gdpr-retention-platform/messages/rest-admin";

    @Test
    void everyMessageIdHasAnEnglishAndADutchText() throws Exception {
        Properties english = load(BUNDLE + ".properties");
        Properties dutch = load(BUNDLE + "_nl.properties");

        List<String> ids = new ArrayList<>();
        for (Field field : AdminMessages.class.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                ids.add((String) field.get(null));
            }
        }
        for (org.gdprretention.core.extension.ExtensionRefusedException.Reason reason
                : org.gdprretention.core.extension.ExtensionRefusedException.Reason.values()) {
            ids.add(AdminMessages.extensionRefused(reason));
        }
        assertThat(ids).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(dutch.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            assertThat(dutch.getProperty(id)).as(id).isNotBlank().isNotEqualTo(english.getProperty(id));
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AdminMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(in);
        }
        return properties;
    }
}
