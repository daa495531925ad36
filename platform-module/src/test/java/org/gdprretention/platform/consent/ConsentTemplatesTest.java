package org.gdprretention.platform.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every consent template rendered with real FreeMarker for a realistic model, in both languages: well-formed
 * (X)HTML, the link present, the values escaped, and no document names (the model never has them; the kinds
 * and dates are what the subject needs).
 */
class ConsentTemplatesTest {

    private static final String LINK = "https://dms.example.org/alfresco/s/gdpr/consent?token="
            + "Abc-def_0123456789Abc-def_0123456789Abc-d";
    private static final List<ConsentDocuments.DocumentKind> KINDS = List.of(
            new ConsentDocuments.DocumentKind("Ingeschreven kandidaatprofiel (Sjabloon <profiel>)",
                    LocalDate.of(2026, 6, 11)),
            new ConsentDocuments.DocumentKind("Diploma's en certificaten", LocalDate.of(2026, 6, 21)));

    private final AcsMailAction acs = new AcsMailAction("127.0.0.1", 25);

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void theMailIsWellFormedHtmlWithTheLinkTheKindsAndTheDeadline(String language) throws Exception {
        Locale locale = ConsentLanguages.parse(language);
        ConsentMail.Content content = new ConsentMail.Content("jan@example.org", "Jan & Jansen", locale,
                ConsentFixture.ORGANISATION, "privacy@flex.example", LINK, LocalDate.of(2026, 6, 11), KINDS);
        String template = ConsentMail.isDutch(locale) ? ConsentMail.TEMPLATE_NL : ConsentMail.TEMPLATE_EN;

        String html = acs.render(template, ConsentMail.model(content, ConsentMail.isDutch(locale)), locale);

        Document document = parse(html);
        assertThat(xpath(document, "//a/@href")).containsExactly(LINK);
        assertThat(xpath(document, "/html/@lang")).containsExactly(language);
        assertThat(xpath(document, "//td")).contains("Ingeschreven kandidaatprofiel (Sjabloon <profiel>)",
                "Diploma's en certificaten");
        assertThat(html).contains("Jan &amp; Jansen", "Flex &amp; Co &lt;Uitzendbureau&gt;")
                .contains(language.equals("nl") ? "11 juni 2026" : "June 11, 2026")
                .doesNotContain("<profiel>", "<Uitzendbureau>");
    }

    @Test
    void aMailWithoutTheSubjectsNameGreetsWithoutIt() throws Exception {
        ConsentMail.Content content = new ConsentMail.Content("jan@example.org", null, ConsentLanguages.DUTCH,
                "Flex", null, LINK, LocalDate.of(2026, 6, 11), KINDS);

        String html = acs.render(ConsentMail.TEMPLATE_NL, ConsentMail.model(content, true), ConsentLanguages.DUTCH);

        assertThat(parse(html)).isNotNull();
        assertThat(html).contains("<p>Beste,</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ask:nl", "ask:en", "consented:nl", "consented:en", "refused:nl", "refused:en",
            "invalid:nl", "invalid:en"})
    void everyViewOfThePageIsWellFormedWithoutScriptInBothLanguages(String viewAndLanguage) throws Exception {
        String view = viewAndLanguage.split(":")[0];
        Locale locale = ConsentLanguages.parse(viewAndLanguage.split(":")[1]);
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        model.put("lang", locale.getLanguage());
        model.put("organisation", ConsentFixture.ORGANISATION);
        model.put("documents", List.of(Map.of("kind", "Kind <b>bold</b>", "expiryDate", "11 juni 2026")));
        model.put("answerBefore", "11 juni 2026");
        model.put("token", view.equals("ask") ? "Abc-def_0123456789Abc-def_0123456789Abc-d" : "");

        String html = new ConsentPageRenderer().render(model, locale);

        Document document = parse(html);
        assertThat(xpath(document, "//script")).isEmpty();
        assertThat(xpath(document, "/html/@lang")).containsExactly(locale.getLanguage());
        assertThat(xpath(document, "//h1")).singleElement().asString().isNotBlank();
        assertThat(html).doesNotContain("<b>bold</b>", "<Uitzendbureau>");
        if (view.equals("ask")) {
            assertThat(xpath(document, "//form[@method='post']//button/@value")).containsExactly("consent", "refuse");
            // no action: the form goes back to the address the page was opened at, behind any proxy
            assertThat(xpath(document, "//form/@action")).isEmpty();
        } else {
            assertThat(xpath(document, "//form[@method='post']")).isEmpty();
        }
    }

    @Test
    void bothPageBundlesHaveTheSameKeysAndTheDutchOneIsTranslated() {
        Map<String, String> english = ConsentPageRenderer.messages(Locale.ENGLISH);
        Map<String, String> dutch = ConsentPageRenderer.messages(ConsentLanguages.DUTCH);

        assertThat(dutch.keySet()).isEqualTo(english.keySet());
        assertThat(english.keySet()).allSatisfy(key -> assertThat(dutch.get(key)).isNotEqualTo(english.get(key)));
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    static List<String> xpath(Document document, String expression) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, document,
                XPathConstants.NODESET);
        List<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }
}
