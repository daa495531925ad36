package org.gdprretention.platform.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every user-facing name of the model has an English and a Dutch label under the key ACS looks up. */
class RetentionModelLabelsTest {

    private static final ContentModelXml MODEL = ContentModelXml.retentionModel();
    private static final Properties ENGLISH = ModelLabels.load("");
    private static final Properties DUTCH = ModelLabels.load("_nl");

    @ParameterizedTest(name = "bundle ''{0}''")
    @ValueSource(strings = {"", "_nl"})
    void everyClassPropertyAndAssociationHasATitleAndADescription(String localeSuffix) {
        Properties labels = ModelLabels.load(localeSuffix);

        assertThat(labels.stringPropertyNames()).containsAll(expectedElementKeys());
    }

    @ParameterizedTest(name = "bundle ''{0}''")
    @ValueSource(strings = {"", "_nl"})
    void everyAllowedValueOfAListConstraintHasALabel(String localeSuffix) {
        Properties labels = ModelLabels.load(localeSuffix);
        List<String> expected = new ArrayList<>();
        MODEL.constraints().stream().filter(c -> c.type().equals("LIST"))
                .forEach(c -> c.allowedValues().forEach(v -> expected.add(ModelLabels.listValueKey(c.name(), v))));

        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(labels.stringPropertyNames()).containsAll(expected);
    }

    @Test
    void englishAndDutchHaveTheSameKeys() {
        assertThat(new TreeSet<>(DUTCH.stringPropertyNames())).isEqualTo(new TreeSet<>(ENGLISH.stringPropertyNames()));
    }

    @Test
    void noKeyIsLeftOverFromARenamedOrRemovedElement() {
        Set<String> expected = new TreeSet<>(expectedElementKeys());
        expected.add("gdpr_retentionModel.description");
        MODEL.constraints().stream().filter(c -> c.type().equals("LIST"))
                .forEach(c -> c.allowedValues().forEach(v -> expected.add(ModelLabels.listValueKey(c.name(), v))));

        assertThat(new TreeSet<>(ENGLISH.stringPropertyNames())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "bundle ''{0}''")
    @ValueSource(strings = {"", "_nl"})
    void noLabelIsBlank(String localeSuffix) {
        Properties labels = ModelLabels.load(localeSuffix);

        assertThat(labels.stringPropertyNames()).allSatisfy(
                key -> assertThat(labels.getProperty(key)).as("label %s", key).isNotBlank());
    }

    @Test
    void englishTitlesMatchTheFallbackTitlesInTheXml() {
        // ACS shows the XML title when the bundle has no entry; keeping them equal avoids two names for one thing.
        MODEL.classes().forEach(c -> assertThat(ENGLISH.getProperty(ModelLabels.classKey(c, "title")))
                .as("title of %s", c.name()).isEqualTo(c.title()));
        MODEL.properties().forEach(p -> assertThat(ENGLISH.getProperty(ModelLabels.propertyKey(p.name(), "title")))
                .as("title of %s", p.name()).isEqualTo(p.title()));
        MODEL.associations().forEach(a -> assertThat(
                ENGLISH.getProperty(ModelLabels.associationKey(a.name(), "title")))
                .as("title of %s", a.name()).isEqualTo(a.title()));
    }

    @Test
    void dutchLabelsAreTranslatedNotCopied() {
        // A few words are the same in both languages (Code, Moment, API); whole descriptions never are.
        List<String> untranslated = ENGLISH.stringPropertyNames().stream()
                .filter(key -> key.endsWith(".description"))
                .filter(key -> ENGLISH.getProperty(key).equals(DUTCH.getProperty(key)))
                .toList();

        assertThat(untranslated).isEmpty();
        assertThat(DUTCH.getProperty("listconstraint.gdpr_categoryList.DOSSIER_TASKS_CONTACTS"))
                .isEqualTo("Dossier, taken en contacten");
        assertThat(DUTCH.getProperty(ModelLabels.propertyKey("gdpr:typeConsentLeadDays", "title")))
                .isEqualTo("Dagen vóór verstrijken toestemming vragen");
    }

    @ParameterizedTest(name = "bundle ''{0}''")
    @ValueSource(strings = {"", "_nl"})
    void bundlesAreAsciiSoNoReaderCanMisreadTheirEncoding(String localeSuffix) throws IOException {
        String resource = ModelLabels.BUNDLE + localeSuffix + ".properties";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).isNotNull();
            byte[] bytes = in.readAllBytes();
            for (int i = 0; i < bytes.length; i++) {
                assertThat(bytes[i] & 0xff).as("byte %d of %s", i, resource).isLessThan(0x80);
            }
        }
    }

    @Test
    void aMissingBundleIsReportedByName() {
        assertThatThrownBy(() -> ModelLabels.load("_xx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retentionModel_xx.properties");
    }

    private static List<String> expectedElementKeys() {
        List<String> keys = new ArrayList<>();
        for (String label : List.of("title", "description")) {
            MODEL.classes().forEach(c -> keys.add(ModelLabels.classKey(c, label)));
            MODEL.properties().forEach(p -> keys.add(ModelLabels.propertyKey(p.name(), label)));
            MODEL.associations().forEach(a -> keys.add(ModelLabels.associationKey(a.name(), label)));
        }
        return keys;
    }
}
