package org.gdprretention.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The dictionary bootstrap bean that registers the model: checked against the bean definitions of real ACS 26.3
 * (beans.tsv) and the setters of its class (signatures.tsv), and its paths against the class path.
 */
class BootstrapContextTest {

    private static final String CONTEXT = "alfresco/module/gdpr-retention-platform/context/bootstrap-context.xml";
    private static final String BEANS_NS = "http://www.springframework.org/schema/beans";

    private static Element bean;
    private static Map<String, String[]> acsBeans;

    @BeforeAll
    static void readContextAndReferenceData() throws IOException, SAXException {
        try (InputStream in = BootstrapContextTest.class.getClassLoader().getResourceAsStream(CONTEXT)) {
            assertThat(in).as(CONTEXT).isNotNull();
            NodeList beans = ContentModelXml.secureBuilder().parse(in).getElementsByTagNameNS(BEANS_NS, "bean");
            for (int i = 0; i < beans.getLength(); i++) {
                Element candidate = (Element) beans.item(i);
                if ("dictionaryModelBootstrap".equals(candidate.getAttribute("parent"))) {
                    assertThat(bean).as("a second dictionary bootstrap in %s", CONTEXT).isNull();
                    bean = candidate;
                }
            }
            assertThat(bean).as("the dictionary bootstrap in %s", CONTEXT).isNotNull();
        }
        acsBeans = new HashMap<>();
        try (Stream<String> lines = Files.lines(SharedReference.alfrescoApiFile("beans.tsv"))) {
            lines.filter(l -> l.startsWith("B\t")).map(l -> l.split("\t", -1)).forEach(f -> acsBeans.put(f[1], f));
        }
    }

    @Test
    void beanIsNamedByTheModuleIdAndExtendsTheAcsDictionaryBootstrap() {
        assertThat(bean.getAttribute("id")).isEqualTo("gdpr-retention.dictionaryBootstrap");
        assertThat(bean.getAttribute("parent")).isEqualTo("dictionaryModelBootstrap");
        assertThat(bean.getAttribute("depends-on")).isEqualTo("dictionaryBootstrap");
        assertThat(bean.hasAttribute("class")).as("class comes from the parent").isFalse();
    }

    @Test
    void parentAndDependencyExistInAcsAndTheParentIsTheAbstractDictionaryBootstrap() {
        String[] parent = acsBeans.get("dictionaryModelBootstrap");
        assertThat(parent).as("dictionaryModelBootstrap in beans.tsv").isNotNull();
        assertThat(parent[2]).isEqualTo("org.alfresco.repo.dictionary.DictionaryBootstrap");
        assertThat(parent[4]).as("abstract").isEqualTo("true");
        // dictionaryBootstrap registers ACS's own models (d:, sys:, cm:) that ours imports.
        assertThat(acsBeans.get("dictionaryBootstrap")).as("dictionaryBootstrap in beans.tsv").isNotNull();
        assertThat(acsBeans).doesNotContainKey(bean.getAttribute("id"));
    }

    @Test
    void everyPropertyIsASetterOfDictionaryBootstrap() throws IOException {
        List<String> setters;
        try (Stream<String> lines = Files.lines(SharedReference.alfrescoApiFile("signatures.tsv"))) {
            setters = lines.filter(l -> l.startsWith("M\torg.alfresco.repo.dictionary.DictionaryBootstrap\t"))
                    .map(l -> l.split("\t")[5]).filter(name -> name.startsWith("set")).toList();
        }

        assertThat(propertyNames()).containsExactly("models", "labels");
        assertThat(setters).contains("setModels", "setLabels");
    }

    @Test
    void modelsListTheRetentionModelOnTheClassPath() {
        List<String> models = values("models");

        assertThat(models).containsExactly(ContentModelXml.RESOURCE);
        assertThat(getClass().getClassLoader().getResource(models.get(0))).isNotNull();
    }

    @Test
    void labelsNameABundleWithEnglishAndDutchOnTheClassPath() {
        List<String> labels = values("labels");

        assertThat(labels).containsExactly(ModelLabels.BUNDLE);
        assertThat(getClass().getClassLoader().getResource(labels.get(0) + ".properties")).isNotNull();
        assertThat(getClass().getClassLoader().getResource(labels.get(0) + "_nl.properties")).isNotNull();
    }

    private static List<String> propertyNames() {
        List<String> names = new ArrayList<>();
        NodeList properties = bean.getElementsByTagNameNS(BEANS_NS, "property");
        for (int i = 0; i < properties.getLength(); i++) {
            names.add(((Element) properties.item(i)).getAttribute("name"));
        }
        return names;
    }

    private static List<String> values(String propertyName) {
        NodeList properties = bean.getElementsByTagNameNS(BEANS_NS, "property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (property.getAttribute("name").equals(propertyName)) {
                NodeList values = property.getElementsByTagNameNS(BEANS_NS, "value");
                List<String> texts = new ArrayList<>();
                for (int v = 0; v < values.getLength(); v++) {
                    texts.add(values.item(v).getTextContent().trim());
                }
                return texts;
            }
        }
        throw new AssertionError("property '" + propertyName + "' not set on " + bean.getAttribute("id"));
    }
}
