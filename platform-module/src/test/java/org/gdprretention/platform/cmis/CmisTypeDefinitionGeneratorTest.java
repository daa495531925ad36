package org.gdprretention.platform.cmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.chemistry.opencmis.commons.definitions.Choice;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.Cardinality;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.apache.chemistry.opencmis.commons.enums.Updatability;
import org.apache.chemistry.opencmis.commons.impl.XMLConverter;
import org.gdprretention.platform.model.ContentModelXml;
import org.gdprretention.platform.model.ModelProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated file is read back with OpenCMIS's own type-definition parser, the one the InMemory server uses;
 * the server only logs a file it cannot read, so this is where a malformed file is caught with a reason.
 */
class CmisTypeDefinitionGeneratorTest {

    private static final ContentModelXml MODEL = ContentModelXml.retentionModel();

    @Test
    void everyAspectBecomesASecondaryTypeUnderCmisSecondary() throws XMLStreamException {
        Map<String, TypeDefinition> types = parse(CmisTypeDefinitionGenerator.forRetentionModel()
                .secondaryTypesXml(MODEL.aspects()));

        assertThat(types).containsOnlyKeys("P:gdpr:retainable", "P:gdpr:legalHold", "P:gdpr:dataSubject",
                "P:gdpr:templateBinding", "P:gdpr:auditHead", "P:gdpr:catalogueRevision",
                "P:gdpr:recomputePending", "P:gdpr:extensionRequest");
        assertThat(types.values()).allSatisfy(type -> {
            assertThat(type.getBaseTypeId()).isEqualTo(BaseTypeId.CMIS_SECONDARY);
            assertThat(type.getParentTypeId()).isEqualTo("cmis:secondary");
            assertThat(type.getQueryName()).isEqualTo(type.getId().substring(2));
            assertThat(type.isQueryable()).isTrue();
            assertThat(type.isCreatable()).isFalse();
            assertThat(type.getLocalNamespace()).isEqualTo("http://www.gdprretention.org/model/retention/1.0");
        });
    }

    @Test
    void retainablePropertiesKeepTheirPrefixedNamesAndMapTheirTypes() throws XMLStreamException {
        TypeDefinition retainable = retainable();
        Map<String, PropertyDefinition<?>> properties = retainable.getPropertyDefinitions();

        assertThat(properties).hasSize(MODEL.modelClass("gdpr:retainable").properties().size());
        assertThat(properties.values()).allSatisfy(p -> {
            assertThat(p.getQueryName()).isEqualTo(p.getId());
            assertThat(p.getId()).startsWith("gdpr:");
            assertThat(p.getUpdatability()).as("updatability of %s", p.getId()).isEqualTo(
                    MODEL.property(p.getId()).protectedByModel() ? Updatability.READONLY : Updatability.READWRITE);
            assertThat(p.isInherited()).isFalse();
        });
        assertThat(properties.get("gdpr:expiryDate").getPropertyType()).isEqualTo(PropertyType.DATETIME);
        assertThat(properties.get("gdpr:consentRequestedAt").getPropertyType()).isEqualTo(PropertyType.DATETIME);
        assertThat(properties.get("gdpr:extensionCount").getPropertyType()).isEqualTo(PropertyType.INTEGER);
        assertThat(properties.get("gdpr:templateRef").getPropertyType()).isEqualTo(PropertyType.ID);
        assertThat(properties.get("gdpr:retentionType").getPropertyType()).isEqualTo(PropertyType.STRING);
        assertThat(properties.get("gdpr:grantedExtensions").getCardinality()).isEqualTo(Cardinality.MULTI);
        assertThat(properties.get("gdpr:grantedExtensions").isOrderable()).isFalse();
        assertThat(properties.get("gdpr:expiryDate").getCardinality()).isEqualTo(Cardinality.SINGLE);
        assertThat(properties.get("gdpr:expiryDate").isOrderable()).isTrue();
        assertThat(properties.get("gdpr:expiryDate").getUpdatability()).isEqualTo(Updatability.READONLY);
        assertThat(properties.get("gdpr:retentionType").getUpdatability()).isEqualTo(Updatability.READWRITE);
    }

    @Test
    void listConstraintsBecomeClosedChoicesAndDefaultsAreKept() throws XMLStreamException {
        Map<String, PropertyDefinition<?>> properties = retainable().getPropertyDefinitions();

        PropertyDefinition<?> status = properties.get("gdpr:status");
        assertThat(status.isOpenChoice()).isFalse();
        assertThat(choiceValues(status.getChoices())).containsExactly("PENDING_START", "ACTIVE", "EXPIRING",
                "EXPIRED", "ON_HOLD", "PURGED");
        assertThat(List.<Object>copyOf(properties.get("gdpr:consentStatus").getDefaultValue())).containsExactly("NONE");
        assertThat(List.<Object>copyOf(properties.get("gdpr:extensionCount").getDefaultValue()))
                .containsExactly(java.math.BigInteger.ZERO);
        assertThat(properties.get("gdpr:retentionType").getChoices()).isNullOrEmpty();
    }

    @Test
    void mandatoryBecomesRequired() throws XMLStreamException {
        Map<String, TypeDefinition> types = parse(CmisTypeDefinitionGenerator.forRetentionModel()
                .secondaryTypesXml(MODEL.aspects()));

        assertThat(types.get("P:gdpr:legalHold").getPropertyDefinitions().get("gdpr:holdReason").isRequired()).isTrue();
        assertThat(types.get("P:gdpr:legalHold").getPropertyDefinitions().get("gdpr:holdBy").isRequired()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"d:period", "d:qname", "d:any", "d:locale", "d:content", "d:childassocref", "d:path"})
    void aDataTypeThatAcsHidesFromCmisIsRefusedNamingPropertyAndType(String dataType) {
        ModelProperty property = new ModelProperty("gdpr:hidden", "gdpr:retainable", "Hidden", dataType, false, false,
                false, null, List.of(), null);

        assertThatThrownBy(() -> CmisTypeDefinitionGenerator.cmisTypeOf(property))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + dataType + "'")
                .hasMessageContaining("gdpr:hidden");
    }

    @Test
    void aTypeIsNotTurnedIntoASecondaryType() {
        assertThatThrownBy(() -> CmisTypeDefinitionGenerator.forRetentionModel()
                .secondaryTypesXml(List.of(MODEL.modelClass("gdpr:disposalRecord"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'gdpr:disposalRecord'");
    }

    private static TypeDefinition retainable() throws XMLStreamException {
        return parse(CmisTypeDefinitionGenerator.forRetentionModel()
                .secondaryTypesXml(List.of(MODEL.modelClass("gdpr:retainable")))).get("P:gdpr:retainable");
    }

    private static List<Object> choiceValues(List<? extends Choice<?>> choices) {
        List<Object> values = new ArrayList<>();
        choices.forEach(c -> values.addAll(c.getValue()));
        return values;
    }

    /** Reads every {@code type} element the way the InMemory server's type import does. */
    static Map<String, TypeDefinition> parse(String xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
        List<TypeDefinition> types = new ArrayList<>();
        while (true) {
            if (reader.getEventType() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("type")) {
                // Leaves the reader one event past the type's end, as in the server's import loop.
                types.add(XMLConverter.convertTypeDefinition(reader));
                if (reader.getEventType() == XMLStreamConstants.START_ELEMENT) {
                    throw new AssertionError("type " + types.get(types.size() - 1).getId()
                            + " is directly followed by another element, which the server's import would skip");
                }
            } else if (reader.hasNext()) {
                reader.next();
            } else {
                break;
            }
        }
        return types.stream().collect(Collectors.toMap(TypeDefinition::getId, t -> t));
    }
}
