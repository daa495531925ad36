package org.gdprretention.platform.cmis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdprretention.platform.model.ContentModelXml;
import org.gdprretention.platform.model.ModelProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/cmis-contract.md is what integrators read: it must describe the model and the query that are tested. */
class CmisContractDocTest {

    private static final Pattern PROPERTY_ROW =
            Pattern.compile("^\\| `(gdpr:[A-Za-z]+)` \\| (\\w+) \\| (single|multi) \\| (client|add-on) \\|",
                    Pattern.MULTILINE);

    private static String doc;
    private static Map<String, String[]> rows;

    @BeforeAll
    static void readContract() throws IOException {
        Path file = Path.of(System.getProperty("basedir", "."), "..", "docs", "cmis-contract.md").normalize();
        doc = Files.readString(file, StandardCharsets.UTF_8);
        rows = new LinkedHashMap<>();
        Matcher matcher = PROPERTY_ROW.matcher(doc);
        while (matcher.find()) {
            rows.put(matcher.group(1), new String[] {matcher.group(2), matcher.group(3), matcher.group(4)});
        }
    }

    @Test
    void everyRetainablePropertyIsDocumentedWithItsCmisTypeAndCardinality() {
        List<ModelProperty> properties = ContentModelXml.retentionModel().modelClass("gdpr:retainable").properties();

        assertThat(rows.keySet()).containsExactlyElementsOf(properties.stream().map(ModelProperty::name).toList());
        properties.forEach(p -> {
            String[] row = rows.get(p.name());
            assertThat(row[0]).as("CMIS type of %s", p.name())
                    .isEqualTo(CmisTypeDefinitionGenerator.cmisTypeOf(p).value());
            assertThat(row[1]).as("cardinality of %s", p.name()).isEqualTo(p.multiple() ? "multi" : "single");
        });
    }

    @Test
    void clientsSetOnlyTypeStartAndSubject() {
        assertThat(rows.entrySet().stream().filter(e -> e.getValue()[2].equals("client")).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("gdpr:retentionType", "gdpr:retentionStart", "gdpr:subjectId",
                        "gdpr:subjectEmail", "gdpr:subjectName", "gdpr:subjectLanguage");
    }

    @Test
    void theAddOnsPropertiesAreExactlyTheProtectedOnesAndDocumentedAsReadOnly() {
        List<ModelProperty> properties = ContentModelXml.retentionModel().modelClass("gdpr:retainable").properties();

        assertThat(rows.entrySet().stream().filter(e -> e.getValue()[2].equals("add-on")).map(Map.Entry::getKey))
                .containsExactlyInAnyOrderElementsOf(
                        properties.stream().filter(ModelProperty::protectedByModel).map(ModelProperty::name).toList());
        assertThat(doc).contains("`readonly`", "**read-only**");
    }

    @Test
    void theDocumentedQueryIsTheTestedOne() {
        assertThat(doc).contains(String.format(CmisContractTest.EXPIRING_BEFORE, "2025-12-31T23:00:00.000Z"));
        assertThat(doc).contains("`P:gdpr:retainable`", "`gdpr:retainable`", "`cmis:secondary`");
    }

    @Test
    void everyListedStatusCategoryAndConsentValueIsTheModels() {
        ContentModelXml model = ContentModelXml.retentionModel();
        for (String list : List.of("gdpr:statusList", "gdpr:categoryList", "gdpr:consentStateList")) {
            assertThat(doc).contains(model.constraint(list).allowedValues().stream().map(v -> "`" + v + "`").toList());
        }
    }
}
