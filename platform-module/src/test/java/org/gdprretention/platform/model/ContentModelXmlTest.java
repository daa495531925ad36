package org.gdprretention.platform.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The test-side model reader refuses what it cannot read, naming the source, instead of reading nothing. */
class ContentModelXmlTest {

    @Test
    void malformedXmlIsRefusedNamingTheSource() {
        assertThatThrownBy(() -> parse("<model name='x:y'", "broken.xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid model resource 'broken.xml': ");
    }

    @Test
    void aDocumentThatIsNoContentModelIsRefusedNamingItsRoot() {
        assertThatThrownBy(() -> parse("<beans xmlns='urn:other'/>", "context.xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'context.xml'")
                .hasMessageContaining("{urn:other}beans");
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsEverResolved() {
        String xml = "<!DOCTYPE model [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<model xmlns='" + ContentModelXml.DICTIONARY_URI + "' name='a:b'>&x;</model>";

        assertThatThrownBy(() -> parse(xml, "doctype.xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'doctype.xml'")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void askingForAnUndeclaredNameIsAnsweredWithTheName() {
        ContentModelXml model = ContentModelXml.retentionModel();

        assertThatThrownBy(() -> model.property("gdpr:noSuchThing"))
                .hasMessageContaining("property 'gdpr:noSuchThing'");
    }

    @Test
    void readsNestedListsAndIndexSettings() {
        ContentModelXml model = ContentModelXml.retentionModel();

        assertThat(model.constraint("gdpr:channelList").allowedValues()).containsExactly("TASK", "SURVEY", "API", "SYSTEM");
        assertThat(model.property("gdpr:binariesRemoved").indexed()).isFalse();
        assertThat(model.property("gdpr:template").index().tokenised()).isEqualTo("both");
        assertThat(model.property("gdpr:holdReason").owner()).isEqualTo("gdpr:legalHold");
    }

    private static ContentModelXml parse(String xml, String source) {
        return ContentModelXml.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), source);
    }
}
