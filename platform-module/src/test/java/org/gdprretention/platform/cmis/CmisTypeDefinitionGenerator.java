package org.gdprretention.platform.cmis;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.gdprretention.platform.model.ContentModelXml;
import org.gdprretention.platform.model.ModelClass;
import org.gdprretention.platform.model.ModelConstraint;
import org.gdprretention.platform.model.ModelLabels;
import org.gdprretention.platform.model.ModelProperty;

/**
 * Writes the model's aspects as CMIS secondary types in the type-definition XML that the OpenCMIS InMemory server
 * loads at start-up, mirroring how ACS's own CMIS mapping exposes them: aspect {@code gdpr:x} becomes
 * {@code P:gdpr:x} with query name {@code gdpr:x}, properties keep their prefixed names as id and query name, and
 * LIST constraints become closed choices. Generated from the model XML, so the CMIS test follows every model change.
 */
public final class CmisTypeDefinitionGenerator {

    static final String CMIS_NS = "http://docs.oasis-open.org/ns/cmis/core/200908/";
    static final String RESTATOM_NS = "http://docs.oasis-open.org/ns/cmis/restatom/200908/";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
    static final String CHEMISTRY_NS = "http://chemistry.apache.org/schemas/TypeDefnitions";

    /** ACS's mapping of dictionary types to CMIS property types; the rest is not exposed to CMIS at all. */
    private static final Map<String, PropertyType> CMIS_TYPES = Map.ofEntries(
            Map.entry("d:text", PropertyType.STRING), Map.entry("d:mltext", PropertyType.STRING),
            Map.entry("d:int", PropertyType.INTEGER), Map.entry("d:long", PropertyType.INTEGER),
            Map.entry("d:float", PropertyType.DECIMAL), Map.entry("d:double", PropertyType.DECIMAL),
            Map.entry("d:date", PropertyType.DATETIME), Map.entry("d:datetime", PropertyType.DATETIME),
            Map.entry("d:boolean", PropertyType.BOOLEAN),
            Map.entry("d:noderef", PropertyType.ID), Map.entry("d:category", PropertyType.ID));

    private final ContentModelXml model;
    private final Properties labels;

    public CmisTypeDefinitionGenerator(ContentModelXml model, Properties englishLabels) {
        this.model = model;
        this.labels = englishLabels;
    }

    /** The generator for the add-on's own model and English labels. */
    public static CmisTypeDefinitionGenerator forRetentionModel() {
        return new CmisTypeDefinitionGenerator(ContentModelXml.retentionModel(), ModelLabels.load(""));
    }

    /** The CMIS property type of a model property; refuses data types ACS does not expose to CMIS. */
    public static PropertyType cmisTypeOf(ModelProperty property) {
        PropertyType type = CMIS_TYPES.get(property.dataType());
        if (type == null) {
            throw new IllegalArgumentException("Invalid data type '" + property.dataType() + "' of property "
                    + property.name() + ": ACS does not expose it to CMIS");
        }
        return type;
    }

    /** Writes every aspect of the model as a secondary type to {@code file} and returns the file. */
    public Path writeSecondaryTypes(Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out, model.aspects());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The type-definition XML for the given aspects, as text. */
    public String secondaryTypesXml(List<ModelClass> aspects) {
        StringWriter out = new StringWriter();
        write(out, aspects);
        return out.toString();
    }

    private void write(Writer out, List<ModelClass> aspects) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("chem", CHEMISTRY_NS);
            xml.writeStartElement(CHEMISTRY_NS, "typeDefinitions");
            xml.writeNamespace("chem", CHEMISTRY_NS);
            xml.writeDefaultNamespace(CMIS_NS);
            xml.writeNamespace("cmisra", RESTATOM_NS);
            xml.writeNamespace("xsi", XSI_NS);
            for (ModelClass aspect : aspects) {
                // The server's import steps one event past each type: a type must not follow its predecessor
                // directly, or it is skipped. A line break between them keeps every type an event apart.
                xml.writeCharacters("\n");
                writeSecondaryType(xml, aspect);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write CMIS type definitions", e);
        }
    }

    private void writeSecondaryType(XMLStreamWriter xml, ModelClass aspect) throws XMLStreamException {
        if (aspect.kind() != ModelClass.Kind.ASPECT) {
            throw new IllegalArgumentException("Invalid class '" + aspect.name()
                    + "': only aspects become CMIS secondary types");
        }
        xml.writeStartElement(RESTATOM_NS, "type");
        xml.writeAttribute(XSI_NS, "type", "cmisTypeSecondaryDefinitionType");
        element(xml, "id", "P:" + aspect.name());
        element(xml, "localName", aspect.localName());
        element(xml, "localNamespace", namespaceOf(aspect.name()));
        element(xml, "parentId", "cmis:secondary");
        element(xml, "displayName", aspect.title());
        element(xml, "queryName", aspect.name());
        element(xml, "description", labels.getProperty(ModelLabels.classKey(aspect, "description"), aspect.title()));
        element(xml, "baseId", "cmis:secondary");
        element(xml, "creatable", "false");
        element(xml, "fileable", "false");
        element(xml, "queryable", "true");
        element(xml, "fulltextIndexed", "false");
        element(xml, "includedInSupertypeQuery", "true");
        element(xml, "controllablePolicy", "false");
        element(xml, "controllableACL", "false");
        for (ModelProperty property : aspect.properties()) {
            writeProperty(xml, property);
        }
        xml.writeEndElement();
    }

    private void writeProperty(XMLStreamWriter xml, ModelProperty property) throws XMLStreamException {
        PropertyType type = cmisTypeOf(property);
        xml.writeStartElement(CMIS_NS, definitionElement(type));
        element(xml, "id", property.name());
        element(xml, "localName", property.localName());
        element(xml, "localNamespace", namespaceOf(property.name()));
        element(xml, "displayName", property.title());
        element(xml, "queryName", property.name());
        element(xml, "description",
                labels.getProperty(ModelLabels.propertyKey(property.name(), "description"), property.title()));
        element(xml, "propertyType", type.value());
        element(xml, "cardinality", property.multiple() ? "multi" : "single");
        // As ACS's CMIS mapping: a protected property is read-only for clients, every other one read-write.
        element(xml, "updatability", property.protectedByModel() ? "readonly" : "readwrite");
        element(xml, "inherited", "false");
        element(xml, "required", Boolean.toString(property.mandatory()));
        element(xml, "queryable", Boolean.toString(property.indexed()));
        // Multi-valued properties cannot be sorted on in CMIS.
        element(xml, "orderable", Boolean.toString(property.indexed() && !property.multiple()));
        List<String> choices = listValues(property);
        element(xml, "openChoice", "false");
        if (property.defaultValue() != null) {
            xml.writeStartElement(CMIS_NS, "defaultValue");
            xml.writeAttribute("propertyDefinitionId", property.name());
            element(xml, "value", property.defaultValue());
            xml.writeEndElement();
        }
        for (String choice : choices) {
            xml.writeStartElement(CMIS_NS, "choice");
            xml.writeAttribute("displayName", choice);
            element(xml, "value", choice);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String definitionElement(PropertyType type) {
        return switch (type) {
            case STRING -> "propertyStringDefinition";
            case INTEGER -> "propertyIntegerDefinition";
            case DECIMAL -> "propertyDecimalDefinition";
            case DATETIME -> "propertyDateTimeDefinition";
            case BOOLEAN -> "propertyBooleanDefinition";
            case ID -> "propertyIdDefinition";
            case HTML -> "propertyHtmlDefinition";
            case URI -> "propertyUriDefinition";
        };
    }

    private List<String> listValues(ModelProperty property) {
        return property.constraintRefs().stream()
                .map(model::constraint)
                .filter(c -> c.type().equals("LIST"))
                .findFirst()
                .map(ModelConstraint::allowedValues)
                .orElse(List.of());
    }

    private String namespaceOf(String prefixedName) {
        String prefix = prefixedName.substring(0, prefixedName.indexOf(':'));
        String uri = model.namespaces().get(prefix);
        if (uri == null) {
            throw new IllegalArgumentException("Invalid name '" + prefixedName + "': prefix " + prefix
                    + " is not a namespace the model defines");
        }
        return uri;
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(CMIS_NS, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
