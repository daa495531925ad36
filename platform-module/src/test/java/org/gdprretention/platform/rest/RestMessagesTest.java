package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every REST error the code raises has an English and a Dutch message with the same placeholders. */
class RestMessagesTest {

    private static final Pattern RAISED = Pattern.compile("RestErrors\\.(?:invalid|refused)\\(\"(\\w+)\"");

    @Test
    void everyRaisedErrorHasBothMessagesAndBothBundlesHaveTheSameKeys() throws IOException {
        Properties english = bundle("");
        Properties dutch = bundle("_nl");
        Set<String> raised = new TreeSet<>(Set.of("officersOnly", "notFound"));
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/gdprretention/platform/rest"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = RAISED.matcher(Files.readString(source));
                while (matcher.find()) {
                    raised.add(matcher.group(1));
                }
            }
        }

        assertThat(raised).hasSizeGreaterThan(15);
        for (String key : raised) {
            assertThat(english).containsKey(RestErrors.PREFIX + key);
            assertThat(dutch).containsKey(RestErrors.PREFIX + key);
        }
        assertThat(dutch.keySet()).isEqualTo(english.keySet());
        for (Object key : english.keySet()) {
            assertThat(placeholders(dutch.getProperty((String) key))).as("placeholders of %s", key)
                    .isEqualTo(placeholders(english.getProperty((String) key)));
            assertThat(dutch.getProperty((String) key)).as("%s is translated", key)
                    .isNotEqualTo(english.getProperty((String) key));
        }
    }

    @Test
    void aMessageReadsWellWithItsArguments() {
        Properties dutch = bundle("_nl");

        assertThat(new MessageFormat(dutch.getProperty("gdpr.rest.error.tooManyNodes"), Locale.forLanguageTag("nl"))
                .format(new Object[] {500})).isEqualTo("Een verwijderverzoek mag hoogstens 500 documenten noemen");
    }

    private static int placeholders(String message) {
        return new MessageFormat(message).getFormatsByArgumentIndex().length;
    }

    private static Properties bundle(String suffix) {
        String path = RestErrors.BUNDLE.replace('.', '/')
                + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = RestMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
