package org.gdprretention.platform.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The model must be accepted by ACS's own model schema, the same XSD the dictionary's M2Model binding follows. */
class RetentionModelSchemaTest {

    private static Schema schema;
    private static String modelXml;

    @BeforeAll
    static void loadSchemaAndModel() throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        schema = factory.newSchema(SharedReference.alfrescoApiFile("modelSchema.xsd").toFile());
        try (InputStream in = RetentionModelSchemaTest.class.getClassLoader()
                .getResourceAsStream(ContentModelXml.RESOURCE)) {
            assertThat(in).as("model on the class path at %s", ContentModelXml.RESOURCE).isNotNull();
            modelXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void modelValidatesAgainstTheAcsModelSchema() {
        assertThatCode(() -> validate(modelXml)).doesNotThrowAnyException();
    }

    @Test
    void theValidatedFileIsTheRetentionModelItself() {
        assertThat(modelXml).contains("<model name=\"gdpr:retentionModel\"");
    }

    /** Each broken copy differs from the real model by one kind of edit; the error must point at what was broken. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "property without a type      | <type>d:date</type>                     | ''                                  | :type}",
        "unknown element in a class   | <title>Legal hold</title>               | <title>Legal hold</title><colour>red</colour> | colour",
        "tokenised neither true/false | <tokenised>both</tokenised>             | <tokenised>maybe</tokenised>        | maybe",
        "index without enabled        | <index enabled=\"false\"/>                | <index/>                            | enabled",
        "non-boolean mandatory flag   | <mandatory enforced=\"true\">true</mandatory> | <mandatory enforced=\"yes\">true</mandatory> | yes",
        "namespaces misspelt          | namespaces>                             | namespacez>                         | namespacez",
    })
    void brokenCopyIsRejectedNamingWhatIsWrong(String change, String original, String replacement, String named) {
        assertThat(modelXml).as("the edit '%s' must apply to the real model", change).contains(original);
        String brokenXml = modelXml.replace(original, replacement);

        assertThatThrownBy(() -> validate(brokenXml))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining(named);
    }

    private static void validate(String xml) throws SAXException, IOException {
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new StringReader(xml)));
    }
}
