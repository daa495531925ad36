package org.gdprretention.platform.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The bean definitions of Spring XML files as written, following {@code <import>}s: what each bean refers to by id
 * ({@code ref}, {@code parent}, {@code depends-on}) and which ACS bean each property receives.
 */
final class ModuleBeans {

    static final String BEANS_NS = "http://www.springframework.org/schema/beans";
    private static final String CLASSPATH = "classpath:";

    /** One {@code <bean>}; {@code propertyRefs} maps property names to the bean id they receive. */
    record BeanXml(String id, String className, String parent, boolean isAbstract, String factoryMethod,
            List<String> dependsOn, Map<String, String> propertyRefs, List<String> constructorRefs, String source) {

        List<String> referencedIds() {
            List<String> ids = new ArrayList<>(propertyRefs.values());
            ids.addAll(constructorRefs);
            ids.addAll(dependsOn);
            if (parent != null) {
                ids.add(parent);
            }
            return ids;
        }
    }

    private final Map<String, BeanXml> beans = new LinkedHashMap<>();
    private final List<String> files = new ArrayList<>();

    static ModuleBeans read(String... classpathResources) {
        ModuleBeans result = new ModuleBeans();
        for (String resource : classpathResources) {
            result.readFile(resource);
        }
        return result;
    }

    Map<String, BeanXml> beans() {
        return beans;
    }

    List<String> files() {
        return files;
    }

    Optional<BeanXml> bean(String id) {
        return Optional.ofNullable(beans.get(id));
    }

    /** The class of a bean, declared on it or inherited from a parent defined in these files. */
    Optional<String> effectiveClass(BeanXml bean) {
        BeanXml current = bean;
        while (current != null) {
            if (current.className() != null) {
                return Optional.of(current.className());
            }
            current = current.parent() == null ? null : beans.get(current.parent());
        }
        return Optional.empty();
    }

    private void readFile(String resource) {
        files.add(resource);
        Element root = parse(resource).getDocumentElement();
        for (Element element : children(root)) {
            if (element.getLocalName().equals("import")) {
                String imported = element.getAttribute("resource");
                if (!imported.startsWith(CLASSPATH)) {
                    throw new IllegalStateException(resource + " imports '" + imported
                            + "': the module imports with classpath: so that ACS finds it inside the JAR");
                }
                readFile(imported.substring(CLASSPATH.length()));
            } else if (element.getLocalName().equals("bean")) {
                BeanXml bean = bean(element, resource);
                if (beans.putIfAbsent(bean.id(), bean) != null) {
                    throw new IllegalStateException("Bean '" + bean.id() + "' is defined twice (again in " + resource + ")");
                }
            }
        }
    }

    private static BeanXml bean(Element element, String source) {
        Map<String, String> propertyRefs = new LinkedHashMap<>();
        List<String> constructorRefs = new ArrayList<>();
        for (Element child : children(element)) {
            String ref = reference(child);
            if (ref == null) {
                continue;
            }
            if (child.getLocalName().equals("property")) {
                propertyRefs.put(child.getAttribute("name"), ref);
            } else if (child.getLocalName().equals("constructor-arg")) {
                constructorRefs.add(ref);
            }
        }
        String dependsOn = element.getAttribute("depends-on");
        return new BeanXml(element.getAttribute("id"), blankToNull(element.getAttribute("class")),
                blankToNull(element.getAttribute("parent")), "true".equals(element.getAttribute("abstract")),
                blankToNull(element.getAttribute("factory-method")),
                dependsOn.isBlank() ? List.of() : Arrays.asList(dependsOn.trim().split("[,;\\s]+")),
                propertyRefs, constructorRefs, source);
    }

    private static String reference(Element propertyOrArgument) {
        if (propertyOrArgument.hasAttribute("ref")) {
            return propertyOrArgument.getAttribute("ref");
        }
        for (Element nested : children(propertyOrArgument)) {
            if (nested.getLocalName().equals("ref")) {
                return nested.getAttribute("bean");
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && BEANS_NS.equals(element.getNamespaceURI())) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static org.w3c.dom.Document parse(String resource) {
        try (InputStream in = ModuleBeans.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Spring file '" + resource + "' is not on the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Spring file '" + resource + "' is not well-formed XML", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
