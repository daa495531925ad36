package org.gdprretention.platform.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads an ACS content model XML into plain records, so that tests (and the CMIS type generator) reason about the
 * model as ACS's dictionary would read it, without an ACS to load it into.
 */
public final class ContentModelXml {

    public static final String DICTIONARY_URI = "http://www.alfresco.org/model/dictionary/1.0";
    public static final String RESOURCE = "alfresco/module/gdpr-retention-platform/model/retentionModel.xml";

    private final String name;
    private final String description;
    private final Map<String, String> namespaces;
    private final Map<String, String> imports;
    private final List<ModelConstraint> constraints;
    private final List<ModelClass> classes;

    private ContentModelXml(Element model) {
        this.name = model.getAttribute("name");
        this.description = childText(model, "description");
        this.namespaces = namespaceDefinitions(child(model, "namespaces"), "namespace");
        this.imports = namespaceDefinitions(child(model, "imports"), "import");
        this.constraints = children(child(model, "constraints"), "constraint").map(ContentModelXml::constraint).toList();
        List<ModelClass> all = new ArrayList<>();
        children(child(model, "types"), "type").forEach(e -> all.add(modelClass(ModelClass.Kind.TYPE, e)));
        children(child(model, "aspects"), "aspect").forEach(e -> all.add(modelClass(ModelClass.Kind.ASPECT, e)));
        this.classes = List.copyOf(all);
    }

    /** The add-on's own model, from the class path (as the dictionary bootstrap loads it). */
    public static ContentModelXml retentionModel() {
        try (InputStream in = ContentModelXml.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalArgumentException("Invalid model resource '" + RESOURCE + "': not on the class path");
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a model; {@code source} names it in error messages. */
    public static ContentModelXml parse(InputStream in, String source) {
        Element root;
        try {
            root = secureBuilder().parse(in).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("Invalid model resource '" + source + "': " + e.getMessage(), e);
        }
        if (!DICTIONARY_URI.equals(root.getNamespaceURI()) || !"model".equals(root.getLocalName())) {
            throw new IllegalArgumentException("Invalid model resource '" + source + "': root element is {"
                    + root.getNamespaceURI() + "}" + root.getLocalName() + ", expected {" + DICTIONARY_URI + "}model");
        }
        return new ContentModelXml(root);
    }

    static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            // The default handler prints to stderr before throwing; the exception alone carries the message.
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The namespaces the model defines, prefix to URI. */
    public Map<String, String> namespaces() {
        return namespaces;
    }

    /** The namespaces the model imports, prefix to URI. */
    public Map<String, String> imports() {
        return imports;
    }

    public List<ModelConstraint> constraints() {
        return constraints;
    }

    public List<ModelClass> classes() {
        return classes;
    }

    public List<ModelClass> types() {
        return classes.stream().filter(c -> c.kind() == ModelClass.Kind.TYPE).toList();
    }

    public List<ModelClass> aspects() {
        return classes.stream().filter(c -> c.kind() == ModelClass.Kind.ASPECT).toList();
    }

    public List<ModelProperty> properties() {
        return classes.stream().flatMap(c -> c.properties().stream()).toList();
    }

    public List<ModelAssociation> associations() {
        return classes.stream().flatMap(c -> c.associations().stream()).toList();
    }

    public ModelClass modelClass(String prefixedName) {
        return find(classes.stream().filter(c -> c.name().equals(prefixedName)), "class", prefixedName);
    }

    public ModelProperty property(String prefixedName) {
        return find(properties().stream().filter(p -> p.name().equals(prefixedName)), "property", prefixedName);
    }

    public ModelConstraint constraint(String prefixedName) {
        return find(constraints.stream().filter(c -> c.name().equals(prefixedName)), "constraint", prefixedName);
    }

    private <T> T find(Stream<T> matches, String kind, String prefixedName) {
        return matches.findFirst().orElseThrow(
                () -> new NoSuchElementException("Model " + name + " declares no " + kind + " '" + prefixedName + "'"));
    }

    private static ModelClass modelClass(ModelClass.Kind kind, Element element) {
        String className = element.getAttribute("name");
        List<ModelProperty> properties = children(child(element, "properties"), "property")
                .map(p -> property(className, p)).toList();
        Element associations = child(element, "associations");
        List<ModelAssociation> assocs = new ArrayList<>();
        children(associations, "association").forEach(a -> assocs.add(association(className, a, false)));
        children(associations, "child-association").forEach(a -> assocs.add(association(className, a, true)));
        return new ModelClass(kind, className, childText(element, "title"), childText(element, "parent"), properties,
                assocs);
    }

    private static ModelProperty property(String owner, Element element) {
        Element index = child(element, "index");
        ModelProperty.PropertyIndex propertyIndex = index == null ? null
                : new ModelProperty.PropertyIndex(Boolean.parseBoolean(index.getAttribute("enabled")),
                        optionalBoolean(index, "atomic"), childText(index, "tokenised"),
                        optionalBoolean(index, "facetable"));
        List<String> refs = children(child(element, "constraints"), "constraint")
                .map(c -> c.getAttribute("ref")).toList();
        return new ModelProperty(element.getAttribute("name"), owner, childText(element, "title"),
                childText(element, "type"), Boolean.TRUE.equals(optionalBoolean(element, "mandatory")),
                Boolean.TRUE.equals(optionalBoolean(element, "protected")),
                Boolean.TRUE.equals(optionalBoolean(element, "multiple")), childText(element, "default"), refs,
                propertyIndex);
    }

    private static ModelAssociation association(String owner, Element element, boolean childAssociation) {
        Element target = child(element, "target");
        return new ModelAssociation(element.getAttribute("name"), owner, childText(element, "title"), childAssociation,
                childText(target, "class"), optionalBoolean(target, "mandatory"), optionalBoolean(target, "many"),
                optionalBoolean(element, "duplicate"), optionalBoolean(element, "propagateTimestamps"));
    }

    private static ModelConstraint constraint(Element element) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        children(element, "parameter").forEach(p -> {
            Element list = child(p, "list");
            List<String> values = list != null
                    ? children(list, "value").map(v -> v.getTextContent().trim()).toList()
                    : children(p, "value").map(v -> v.getTextContent().trim()).toList();
            parameters.put(p.getAttribute("name"), values);
        });
        return new ModelConstraint(element.getAttribute("name"), element.getAttribute("type"), parameters);
    }

    private static Map<String, String> namespaceDefinitions(Element parent, String elementName) {
        Map<String, String> byPrefix = new LinkedHashMap<>();
        children(parent, elementName).forEach(e -> byPrefix.put(e.getAttribute("prefix"), e.getAttribute("uri")));
        return byPrefix;
    }

    private static Boolean optionalBoolean(Element parent, String childName) {
        String text = childText(parent, childName);
        return text == null ? null : Boolean.valueOf(text);
    }

    private static String childText(Element parent, String childName) {
        Element child = child(parent, childName);
        return child == null ? null : child.getTextContent().trim();
    }

    private static Element child(Element parent, String childName) {
        return children(parent, childName).findFirst().orElse(null);
    }

    /** Direct children in the dictionary namespace only: nested elements of the same name are not picked up. */
    private static Stream<Element> children(Element parent, String childName) {
        if (parent == null) {
            return Stream.empty();
        }
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && DICTIONARY_URI.equals(element.getNamespaceURI())
                    && childName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found.stream();
    }
}
