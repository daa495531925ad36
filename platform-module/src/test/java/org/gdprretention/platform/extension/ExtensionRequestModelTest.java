package org.gdprretention.platform.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.gdprretention.platform.model.ContentModelXml;
import org.gdprretention.platform.model.ModelClass;
import org.gdprretention.platform.model.ModelProperty;
import org.gdprretention.platform.model.SharedReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The extension request's task model: valid for ACS's model schema, the fixed names others build against (Share's
 * task form, REST), its outcomes equal to {@link ReviewOutcome}, and an English and a Dutch label for everything
 * under the keys ACS's workflow and dictionary look up.
 */
class ExtensionRequestModelTest {

    static final String MODEL = "alfresco/module/gdpr-retention-platform/workflow/extensionRequestModel.xml";
    static final String LABELS = "alfresco/module/gdpr-retention-platform/messages/extension-workflow";
    static final String URI = "http://www.gdprretention.org/model/workflow/1.0";
    static final String REASON_ASPECT = "gdprwf:extensionReason";

    private static String modelXml;
    private static ContentModelXml model;
    private static Schema schema;

    @BeforeAll
    static void load() throws SAXException {
        modelXml = resource(MODEL);
        model = ContentModelXml.parse(new java.io.ByteArrayInputStream(modelXml.getBytes(StandardCharsets.UTF_8)),
                MODEL);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        schema = factory.newSchema(SharedReference.alfrescoApiFile("modelSchema.xsd").toFile());
    }

    @Test
    void validatesAgainstTheAcsModelSchema() {
        assertThatCode(() -> validate(modelXml)).doesNotThrowAnyException();
    }

    @Test
    void aBrokenCopyIsRejectedSoTheValidationIsReal() {
        String broken = modelXml.replace("<parent>bpm:startTask</parent>", "<parent>bpm:startTask</parent><colour/>");

        assertThatThrownBy(() -> validate(broken)).isInstanceOf(SAXParseException.class).hasMessageContaining("colour");
    }

    @Test
    void hasTheFixedModelNamespaceAndTaskTypes() {
        assertThat(model.name()).isEqualTo("gdprwf:extensionRequestModel");
        assertThat(model.namespaces()).containsEntry("gdprwf", URI);
        assertThat(model.modelClass("gdprwf:submitExtensionRequestTask").parent()).isEqualTo("bpm:startTask");
        assertThat(model.modelClass("gdprwf:reviewExtensionRequestTask").parent()).isEqualTo("bpm:activitiOutcomeTask");
        assertThat(model.modelClass("gdprwf:submitExtensionRequestTask").properties()).isEmpty();
        assertThat(model.modelClass("gdprwf:reviewExtensionRequestTask").properties())
                .extracting(ModelProperty::name, ModelProperty::dataType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("gdprwf:reviewOutcome", "d:text"),
                        org.assertj.core.groups.Tuple.tuple("gdprwf:requestedBy", "d:text"),
                        org.assertj.core.groups.Tuple.tuple("gdprwf:requestId", "d:text"),
                        org.assertj.core.groups.Tuple.tuple("gdprwf:currentExpiry", "d:date"),
                        org.assertj.core.groups.Tuple.tuple("gdprwf:proposedExpiry", "d:date"));
    }

    /**
     * ACS's dictionary refuses a model that defines a property name twice, also in two different classes
     * ({@code M2ClassDefinition}: "Found duplicate property definition ... within class ... and class ..."); the
     * workflow deployer then fails and the repository does not start. A property two task types share is defined
     * once, in an aspect both types have as a mandatory aspect.
     */
    @Test
    void everyPropertyIsDefinedOnceInTheWholeModelAsAcsDictionaryRequires() {
        List<String> names = model.properties().stream().map(ModelProperty::name).toList();

        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void bothTaskTypesHaveTheReasonThroughTheOneAspectThatDefinesIt() {
        assertThat(model.modelClass(REASON_ASPECT).properties())
                .extracting(ModelProperty::name, ModelProperty::dataType, ModelProperty::mandatory)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gdprwf:reason", "d:text", true));
        for (String type : List.of("gdprwf:submitExtensionRequestTask", "gdprwf:reviewExtensionRequestTask")) {
            assertThat(mandatoryAspects(type)).as(type).containsExactly(REASON_ASPECT);
        }
    }

    @Test
    void theOutcomeIsTheListConstraintOfReviewOutcomeDefaultingToDenyAndNamedAsTheOutcomeProperty() {
        ModelProperty outcome = model.property("gdprwf:reviewOutcome");

        assertThat(outcome.defaultValue()).isEqualTo("Deny");
        assertThat(outcome.constraintRefs()).containsExactly("gdprwf:reviewOutcomeOptions");
        assertThat(model.constraint("gdprwf:reviewOutcomeOptions").allowedValues())
                .containsExactlyElementsOf(Arrays.stream(ReviewOutcome.values()).map(ReviewOutcome::taskValue).toList());
        assertThat(modelXml).contains("<property name=\"bpm:outcomePropertyName\">\n"
                + "                    <default>{" + URI + "}reviewOutcome</default>");
    }

    @Test
    void theListenerReadsTheVariablesAcsMakesOfTheModelsProperties() {
        assertThat(ExtensionDecisionListener.VAR_OUTCOME).isEqualTo(variable(model.property("gdprwf:reviewOutcome")));
        assertThat(ExtensionDecisionListener.VAR_REQUEST_ID).isEqualTo(variable(model.property("gdprwf:requestId")));
    }

    @Test
    void everyFormKeyOfTheProcessIsATaskTypeOfTheModel() {
        String bpmn = resource(ExtensionRequestProcessTest.BPMN);
        Matcher formKeys = Pattern.compile("activiti:formKey=\"([^\"]+)\"").matcher(bpmn);
        List<String> keys = formKeys.results().map(m -> m.group(1)).toList();

        assertThat(keys).containsExactly("gdprwf:submitExtensionRequestTask", "gdprwf:reviewExtensionRequestTask");
        assertThat(model.types()).extracting(ModelClass::name).containsAll(keys);
        assertThat(bpmn).contains("delegateExpression=\"${" + ExtensionDecisionListener.REGISTRY_NAME + "}\"")
                .contains("delegateExpression=\"${" + ExtensionRequestStartCheck.REGISTRY_NAME + "}\"")
                .contains("activiti:candidateGroups=\"GROUP_GDPR_OFFICERS\"");
    }

    @Test
    void theDeployerDeploysTheseFilesAndTheyAreOnTheClassPath() {
        String context = resource("alfresco/module/gdpr-retention-platform/context/workflow-context.xml");
        List<String> locations = Pattern.compile("<(?:prop key=\"location\"|value)>([^<]+)</").matcher(context)
                .results().map(m -> m.group(1)).toList();

        assertThat(locations).containsExactly(ExtensionRequestProcessTest.BPMN, MODEL, LABELS);
        assertThat(context).contains("<prop key=\"engineId\">activiti</prop>").contains("parent=\"workflowDeployer\"");
        for (String location : List.of(ExtensionRequestProcessTest.BPMN, MODEL, LABELS + ".properties",
                LABELS + "_nl.properties")) {
            assertThat(getClass().getClassLoader().getResource(location)).as(location).isNotNull();
        }
    }

    @ParameterizedTest(name = "bundle ''{0}''")
    @ValueSource(strings = {"", "_nl"})
    void everyTypePropertyListValueAndProcessNodeHasALabel(String localeSuffix) {
        Properties labels = labels(localeSuffix);
        TreeSet<String> expected = new TreeSet<>();
        String prefix = model.name().replace(':', '_');
        for (ModelClass type : model.classes()) {
            String kind = type.kind() == ModelClass.Kind.TYPE ? ".type." : ".aspect.";
            expected.add(prefix + kind + type.name().replace(':', '_') + ".title");
            expected.add(prefix + kind + type.name().replace(':', '_') + ".description");
            for (ModelProperty property : type.properties()) {
                expected.add(prefix + ".property." + property.name().replace(':', '_') + ".title");
                expected.add(prefix + ".property." + property.name().replace(':', '_') + ".description");
            }
        }
        for (String value : model.constraint("gdprwf:reviewOutcomeOptions").allowedValues()) {
            expected.add("listconstraint.gdprwf_reviewOutcomeOptions." + value);
        }
        expected.add("gdprExtensionRequest.workflow.title");
        expected.add("gdprExtensionRequest.workflow.description");
        expected.add("gdprExtensionRequest.node.reviewTask.title");
        expected.add("gdprExtensionRequest.task.gdprwf_reviewExtensionRequestTask.title");

        assertThat(labels.stringPropertyNames()).containsAll(expected);
        labels.stringPropertyNames().forEach(key -> assertThat(labels.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void englishAndDutchHaveTheSameKeysAndDiffer() {
        Properties english = labels("");
        Properties dutch = labels("_nl");

        assertThat(new TreeSet<>(dutch.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        assertThat(dutch.getProperty("gdprExtensionRequest.workflow.title"))
                .isNotEqualTo(english.getProperty("gdprExtensionRequest.workflow.title"));
    }

    /** The mandatory aspects the model XML declares on {@code type}. */
    private static List<String> mandatoryAspects(String type) {
        Matcher declaration = Pattern.compile("<type name=\"" + Pattern.quote(type) + "\">(.*?)(?=<type name=|</types>)",
                Pattern.DOTALL)
                .matcher(modelXml);
        assertThat(declaration.find()).as(type).isTrue();
        Matcher aspects = Pattern.compile("<mandatory-aspects>(.*?)</mandatory-aspects>", Pattern.DOTALL)
                .matcher(declaration.group(1));
        if (!aspects.find()) {
            return List.of();
        }
        return Pattern.compile("<aspect>([^<]+)</aspect>").matcher(aspects.group(1)).results()
                .map(m -> m.group(1).trim()).toList();
    }

    private static String variable(ModelProperty property) {
        return property.name().replace(':', '_');
    }

    private static Properties labels(String localeSuffix) {
        Properties properties = new Properties();
        try (StringReader reader = new StringReader(resource(LABELS + localeSuffix + ".properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static String resource(String name) {
        try (InputStream in = ExtensionRequestModelTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void validate(String xml) throws SAXException, IOException {
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new StringReader(xml)));
    }
}
