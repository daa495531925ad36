package org.gdprretention.platform.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's table of settings is what an administrator configures from: every {@code gdpr-retention.*} setting of
 * the module is in it, with the default the module ships, and it names no setting the module does not have.
 */
class ReadmeSettingsTest {

    private static final String DEFAULTS = "alfresco/module/gdpr-retention-platform/alfresco-global.properties";
    private static final Pattern ROW = Pattern.compile("^\\| `(gdpr-retention\\.[^`]+)` \\| (.*?) \\| .*\\|$");

    @Test
    void everySettingIsInTheReadmeWithItsShippedDefault() throws IOException {
        Map<String, String> shipped = shippedDefaults();
        Map<String, String> documented = readmeSettings();

        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(shipped.keySet());
        shipped.forEach((key, value) -> assertThat(documented.get(key)).as(key)
                .isEqualTo(value.isEmpty() ? "(blank)" : "`" + value + "`"));
    }

    private static Map<String, String> shippedDefaults() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReadmeSettingsTest.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            properties.load(in);
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().filter(key -> key.startsWith("gdpr-retention."))
                .forEach(key -> defaults.put(key, properties.getProperty(key).trim()));
        return defaults;
    }

    private static Map<String, String> readmeSettings() throws IOException {
        // The module's tests run in platform-module; the README is the project's.
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String settings = readme.substring(readme.indexOf("\n## Settings"));
        settings = settings.substring(0, settings.indexOf("\n## ", 1));
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : settings.split("\n")) {
            Matcher row = ROW.matcher(line.trim());
            if (row.matches()) {
                rows.put(row.group(1), row.group(2).trim());
            }
        }
        return rows;
    }
}
