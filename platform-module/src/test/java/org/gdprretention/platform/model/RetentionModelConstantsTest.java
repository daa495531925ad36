package org.gdprretention.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

/**
 * {@link RetentionModel} and the model XML must name the same things: a constant for something the XML does not
 * declare fails at ACS start-up or, worse, silently finds nothing; an XML element without a constant invites string
 * literals in Java code.
 */
class RetentionModelConstantsTest {

    private static final ContentModelXml MODEL = ContentModelXml.retentionModel();

    @Test
    void namespaceAndPrefixAreTheOnesTheXmlDefines() {
        assertThat(MODEL.namespaces()).containsExactly(Map.entry(RetentionModel.PREFIX, RetentionModel.NAMESPACE_URI));
        assertThat(RetentionModel.NAMESPACE_URI).isEqualTo("http://www.gdprretention.org/model/retention/1.0");
        assertThat(MODEL.name()).isEqualTo(RetentionModel.PREFIX + ":" + RetentionModel.MODEL.getLocalName());
        assertThat(RetentionModel.MODEL.getNamespaceURI()).isEqualTo(RetentionModel.NAMESPACE_URI);
    }

    @Test
    void everyConstantIsInTheModelNamespace() {
        assertThat(qnameConstants().values())
                .allSatisfy(qname -> assertThat(qname.getNamespaceURI()).isEqualTo(RetentionModel.NAMESPACE_URI));
    }

    @Test
    void constantsAndXmlDeclareTheSameAspects() {
        assertThat(constantsStartingWith("ASPECT_")).isEqualTo(prefixedNames(MODEL.aspects().stream().map(ModelClass::name)));
    }

    @Test
    void constantsAndXmlDeclareTheSameTypes() {
        assertThat(constantsStartingWith("TYPE_")).isEqualTo(prefixedNames(MODEL.types().stream().map(ModelClass::name)));
    }

    @Test
    void constantsAndXmlDeclareTheSameProperties() {
        assertThat(constantsStartingWith("PROP_"))
                .isEqualTo(prefixedNames(MODEL.properties().stream().map(ModelProperty::name)));
    }

    @Test
    void constantsAndXmlDeclareTheSameAssociations() {
        assertThat(constantsStartingWith("ASSOC_"))
                .isEqualTo(prefixedNames(MODEL.associations().stream().map(ModelAssociation::name)));
    }

    @Test
    void constantsAndXmlDeclareTheSameConstraints() {
        assertThat(constantsStartingWith("CONSTRAINT_"))
                .isEqualTo(prefixedNames(MODEL.constraints().stream().map(ModelConstraint::name)));
    }

    @Test
    void everyQNameConstantHasAKnownKindPrefix() {
        assertThat(qnameConstants().keySet())
                .allMatch(name -> name.equals("MODEL")
                        || Stream.of("ASPECT_", "TYPE_", "PROP_", "ASSOC_", "CONSTRAINT_").anyMatch(name::startsWith),
                        "MODEL or ASPECT_/TYPE_/PROP_/ASSOC_/CONSTRAINT_");
    }

    @Test
    void constantNamesFollowTheLocalNames() {
        // PROP_EXPIRY_DATE for expiryDate: a reader finds the constant from the XML name without looking it up.
        qnameConstants().forEach((field, qname) -> {
            if (!field.equals("MODEL")) {
                String expected = field.substring(field.indexOf('_') + 1);
                assertThat(upperSnake(qname.getLocalName())).as("constant %s", field).isEqualTo(expected);
            }
        });
    }

    @Test
    void noTwoConstantsNameTheSameThing() {
        List<QName> values = List.copyOf(qnameConstants().values());
        assertThat(values).doesNotHaveDuplicates();
    }

    private static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    private static List<String> constantsStartingWith(String prefix) {
        return qnameConstants().entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .map(e -> RetentionModel.PREFIX + ":" + e.getValue().getLocalName())
                .sorted()
                .toList();
    }

    private static List<String> prefixedNames(Stream<String> names) {
        return names.sorted().toList();
    }

    private static Map<String, QName> qnameConstants() {
        return Arrays.stream(RetentionModel.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == QName.class)
                .collect(Collectors.toMap(Field::getName, RetentionModelConstantsTest::value, (a, b) -> a,
                        TreeMap::new));
    }

    private static QName value(Field field) {
        try {
            return (QName) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
