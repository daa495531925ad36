package org.gdprretention.platform.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_CATEGORY;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_CODE;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_CONSENT_LEAD_DAYS;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_DISPOSAL_MODE;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_EXTENDABLE;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_EXTENSION_PERIOD;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_LABEL_EN;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_LABEL_NL;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_MAX_EXTENSIONS;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_PERIOD;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_START_TRIGGER;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.DisposalMode;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionTypeDefinitionMapperTest {

    private final RetentionTypeDefinitionMapper mapper = new RetentionTypeDefinitionMapper();

    @Test
    void everyDefaultTypeSurvivesTheRoundTripThroughNodeProperties() {
        for (RetentionType type : DefaultRetentionTypes.netherlands().all()) {
            assertThat(mapper.toRetentionType(mapper.toProperties(type))).as(type.code()).isEqualTo(type);
        }
    }

    @Test
    void writesEveryCatalogueFieldAsTheModelStoresIt() {
        RetentionType application = DefaultRetentionTypes.netherlands().require("APPLICATION");

        Map<QName, Serializable> properties = mapper.toProperties(application);

        assertThat(properties).containsEntry(PROP_TYPE_CODE, "APPLICATION").containsEntry(PROP_TYPE_PERIOD, "P4W")
                .containsEntry(PROP_TYPE_START_TRIGGER, "PROPERTY:gdpr:relationshipEnd")
                .containsEntry(PROP_TYPE_CATEGORY, "DOSSIER_TASKS_CONTACTS").containsEntry(PROP_TYPE_EXTENDABLE, true)
                .containsEntry(PROP_TYPE_EXTENSION_PERIOD, "P48W").containsEntry(PROP_TYPE_MAX_EXTENSIONS, 1)
                .containsEntry(PROP_TYPE_CONSENT_LEAD_DAYS, 30).containsEntry(PROP_TYPE_DISPOSAL_MODE, "PURGE_ON_APPROVAL")
                .containsEntry(PROP_TYPE_LABEL_EN, "Application data, rejected candidate")
                .containsEntry(PROP_TYPE_LABEL_NL, "Sollicitatiegegevens, afgewezen kandidaat");
    }

    @Test
    void emptyOptionalFieldsGetTheEngineDefaults() {
        RetentionType type = mapper.toRetentionType(required());

        assertThat(type.extendable()).isFalse();
        assertThat(type.maxExtensions()).isZero();
        assertThat(type.extensionPeriod()).hasToString("P1Y");
        assertThat(type.consentLeadDays()).isEqualTo(30);
        assertThat(type.disposalMode()).isEqualTo(DisposalMode.PURGE_ON_APPROVAL);
    }

    @Test
    void numbersMayArriveAsLongsOrText() {
        Map<QName, Serializable> properties = required();
        properties.put(PROP_TYPE_EXTENDABLE, true);
        properties.put(PROP_TYPE_MAX_EXTENSIONS, 2L);
        properties.put(PROP_TYPE_CONSENT_LEAD_DAYS, "14");

        RetentionType type = mapper.toRetentionType(properties);

        assertThat(type.maxExtensions()).isEqualTo(2);
        assertThat(type.consentLeadDays()).isEqualTo(14);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "typeCode, lower_case, code",
        "typePeriod, 7 years, period",
        "typePeriod, P0D, period",
        "typeStartTrigger, WHEN_EVER, startTrigger",
        "typeCategory, SECRET, category",
        "typeExtensionPeriod, PT5H, extensionPeriod",
        "typeDisposalMode, SHRED, disposalMode",
        "typeMaxExtensions, many, maxExtensions",
        "typeConsentLeadDays, 400, consentLeadDays"})
    void aBadValueIsRefusedNamingItsFieldAndValue(String property, String value, String field) {
        Map<QName, Serializable> properties = required();
        properties.put(QName.createQName(org.gdprretention.platform.model.RetentionModel.NAMESPACE_URI, property),
                value);

        assertThatThrownBy(() -> mapper.toRetentionType(properties)).isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining(field).hasMessageContaining(value);
    }

    @Test
    void aMissingDutchLabelIsRefused() {
        Map<QName, Serializable> properties = required();
        properties.put(PROP_TYPE_LABEL_NL, " ");

        assertThatThrownBy(() -> mapper.toRetentionType(properties)).isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("labels").hasMessageContaining("'nl'");
    }

    @Test
    void aMissingCodeIsRefused() {
        Map<QName, Serializable> properties = required();
        properties.remove(PROP_TYPE_CODE);

        assertThatThrownBy(() -> mapper.toRetentionType(properties)).isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("code").hasMessageContaining("'null'");
    }

    private static Map<QName, Serializable> required() {
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(PROP_TYPE_CODE, "CONTRACT");
        properties.put(PROP_TYPE_PERIOD, "P1Y");
        properties.put(PROP_TYPE_START_TRIGGER, "CREATION_DATE");
        properties.put(PROP_TYPE_CATEGORY, "OTHER");
        properties.put(PROP_TYPE_LABEL_EN, "Contract");
        properties.put(PROP_TYPE_LABEL_NL, "Contract");
        return properties;
    }
}
