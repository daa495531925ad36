package org.gdprretention.share.config;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gdprretention.share.surf.ModuleResources;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small DOM helpers for the configuration checks. */
final class Xml {

    private Xml() {
    }

    static Document module(String path) {
        return parse(ModuleResources.bytes(path));
    }

    static Document file(Path path) {
        try {
            return parse(Files.readAllBytes(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException("Not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Descendants named {@code tag}. */
    static List<Element> all(Node parent, String tag) {
        NodeList list = parent instanceof Document d ? d.getElementsByTagName(tag) : ((Element) parent).getElementsByTagName(tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    /** Direct children named {@code tag}. */
    static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                result.add(e);
            }
        }
        return result;
    }

    /** The {@code <config>} elements with this condition. */
    static List<Element> configs(Document document, String evaluator, String condition) {
        return all(document, "config").stream().filter(c -> evaluator.equals(c.getAttribute("evaluator"))
                && condition.equals(c.getAttribute("condition"))).toList();
    }

    static String param(Element action, String name) {
        return children(action, "param").stream().filter(p -> name.equals(p.getAttribute("name")))
                .map(p -> p.getTextContent().trim()).findFirst().orElse(null);
    }
}
