package org.gdprretention.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * gdpr:retainable is queried by the overview (transactional metadata queries on the database, the search service
 * otherwise) and by CMIS clients; its properties must suit both.
 */
class RetainableAspectTest {

    private static final ContentModelXml MODEL = ContentModelXml.retentionModel();
    private static final ModelClass RETAINABLE = MODEL.modelClass("gdpr:retainable");

    /** The dictionary types ACS's CMIS mapping exposes (anything else is invisible to CMIS clients). */
    private static final Set<String> CMIS_EXPOSED_TYPES = Set.of("d:text", "d:mltext", "d:int", "d:long",
            "d:float", "d:double", "d:date", "d:datetime", "d:boolean", "d:noderef", "d:category");

    @Test
    void retainableDeclaresTheAgreedPropertiesWithTheirTypes() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("gdpr:retentionType", "d:text"), Map.entry("gdpr:retentionStart", "d:date"),
                Map.entry("gdpr:expiryDate", "d:date"), Map.entry("gdpr:status", "d:text"),
                Map.entry("gdpr:category", "d:text"), Map.entry("gdpr:template", "d:text"),
                Map.entry("gdpr:templateRef", "d:noderef"), Map.entry("gdpr:extensionCount", "d:int"),
                Map.entry("gdpr:grantedExtensions", "d:text"), Map.entry("gdpr:consentStatus", "d:text"),
                Map.entry("gdpr:consentRequestedAt", "d:datetime"), Map.entry("gdpr:consentRequestedFor", "d:date"),
                Map.entry("gdpr:subjectId", "d:text"), Map.entry("gdpr:subjectEmail", "d:text"),
                Map.entry("gdpr:subjectName", "d:text"), Map.entry("gdpr:subjectLanguage", "d:text"),
                Map.entry("gdpr:computedRules", "d:text"),
                Map.entry("gdpr:originalCreated", "d:datetime"));

        assertThat(RETAINABLE.properties()).hasSize(expected.size());
        assertThat(RETAINABLE.properties()).allSatisfy(
                p -> assertThat(p.dataType()).as("type of %s", p.name()).isEqualTo(expected.get(p.name())));
    }

    @Test
    void whatTheAddOnComputesIsProtectedAndWhatClientsSetIsNot() {
        assertThat(RETAINABLE.properties().stream().filter(ModelProperty::protectedByModel).map(ModelProperty::name))
                .containsExactlyInAnyOrder("gdpr:expiryDate", "gdpr:status", "gdpr:category", "gdpr:template",
                        "gdpr:templateRef", "gdpr:extensionCount", "gdpr:grantedExtensions", "gdpr:consentStatus",
                        "gdpr:consentRequestedAt", "gdpr:consentRequestedFor", "gdpr:computedRules",
                        "gdpr:originalCreated");
    }

    @Test
    void everyRetainablePropertyIsVisibleToCmis() {
        assertThat(RETAINABLE.properties()).allSatisfy(
                p -> assertThat(p.dataType()).as("type of %s", p.name()).isIn(CMIS_EXPOSED_TYPES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gdpr:expiryDate", "gdpr:status", "gdpr:retentionType", "gdpr:template", "gdpr:category",
        "gdpr:consentStatus", "gdpr:subjectId"})
    void overviewFiltersAreAtomicUntokenisedSingleValues(String propertyName) {
        ModelProperty property = MODEL.property(propertyName);

        assertThat(property.owner()).isEqualTo("gdpr:retainable");
        assertThat(property.multiple()).isFalse();
        assertThat(property.index()).as("explicit <index> of %s", propertyName).isNotNull();
        assertThat(property.index().enabled()).isTrue();
        assertThat(property.index().atomic()).isTrue();
        // "both" keeps an untokenised copy for exact matches and sorting next to the tokenised one for text search.
        assertThat(property.index().tokenised()).isIn("false", "both");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gdpr:expiryDate", "gdpr:status", "gdpr:retentionType", "gdpr:template", "gdpr:category",
        "gdpr:consentStatus"})
    void overviewFacetsAreFacetable(String propertyName) {
        assertThat(MODEL.property(propertyName).index().facetable()).isTrue();
    }

    @Test
    void retainableHasNoMandatoryPropertySoAddingItNeverFailsAnUpload() {
        // The add-on fills the computed values after the aspect is added (or marks the document PENDING_START).
        assertThat(RETAINABLE.properties()).noneMatch(ModelProperty::mandatory);
    }
}
