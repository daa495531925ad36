package org.gdprretention.share.dashlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.gdprretention.share.surf.ModuleResources;
import org.gdprretention.share.surf.SurfController;
import org.gdprretention.share.surf.SurfTemplate;
import org.junit.jupiter.api.Test;

/** The dashlet's template with the real FreeMarker, fed by the real controller's model. */
class DashletTemplateTest {

    private static final String TEMPLATE = ModuleResources.DASHLET + ".html.ftl";

    private final SurfTemplate templates = new SurfTemplate();

    @Test
    void anOfficerSeesThePurgeButtonAndTheOfficerTabs() {
        String html = render(true, "en", Map.of("htmlid", "d1"));

        assertThat(html).contains("id=\"d1-purge\"", "id=\"d1-tab-requests\"", "id=\"d1-tab-sweeps\"",
                ">Pending extension requests<", ">Orphaned files<", ">Retention overview<");
        assertThat(html).contains("new GdprRetention.dashlet.RetentionOverview(\"d1\").setOptions(",
                "new Alfresco.widget.DashletResizer(\"d1\",\"page.component-1\")",
                "var gdprRetentionConfigured1 = new YAHOO.util.CustomEvent");
    }

    @Test
    void anOrdinaryUserHasNeitherThePurgeButtonNorTheOfficerTabs() {
        String html = render(false, "en", Map.of("htmlid", "d1"));

        assertThat(html).doesNotContain("d1-purge", "d1-tab-requests", "d1-panel-sweeps");
        assertThat(html).contains("id=\"d1-table\"", "id=\"d1-csv\"");
    }

    @Test
    void rendersInDutch() {
        String html = render(true, "nl", Map.of("htmlid", "d1"));

        assertThat(html).contains(">Bewaartermijnen<", ">Openstaande verlengingsaanvragen<", ">Verlopen<",
                ">Selectie definitief verwijderen...<", ">CSV downloaden<");
    }

    @Test
    void everyFormControlHasALabel() {
        String html = render(true, "en", Map.of("htmlid", "d1"));

        for (String control : new String[] {"filter-status", "filter-type", "filter-category", "filter-template",
                "filter-expiry", "filter-text"}) {
            assertThat(html).contains("<label for=\"d1-" + control + "\">");
        }
    }

    @Test
    void theSavedHeightIsAppliedAndHtmlInArgumentsIsEscaped() {
        String html = render(true, "en", Map.of("htmlid", "d1", "height", "420\"><script>"));

        assertThat(html).contains("style=\"height: 420&quot;&gt;&lt;script&gt;px;\"").doesNotContain("420\"><script>");
    }

    @Test
    void aStartupErrorIsShownInWords() {
        Map<String, String> args = Map.of("htmlid", "d1");
        Map<String, Object> model = new HashMap<>(model(true, args));
        model.put("startupError", "Catalogue unreadable");

        String html = templates.render(TEMPLATE, model, args, ModuleResources.messages(ModuleResources.DASHLET, "en"));

        assertThat(html).contains("role=\"alert\">The repository reported an error: Catalogue unreadable</div>");
    }

    @Test
    void aMissingModelValueFailsTheRendering() {
        Map<String, String> args = Map.of("htmlid", "d1");
        Map<String, Object> model = new HashMap<>(model(true, args));
        model.remove("officer");

        assertThatThrownBy(() -> templates.render(TEMPLATE, model, args,
                ModuleResources.messages(ModuleResources.DASHLET, "en"))).hasMessageContaining("officer");
    }

    private String render(boolean officer, String language, Map<String, String> args) {
        return templates.render(TEMPLATE, model(officer, args), args,
                ModuleResources.messages(ModuleResources.DASHLET, language));
    }

    private static Map<String, Object> model(boolean officer, Map<String, String> args) {
        return new SurfController().run(ModuleResources.DASHLET + ".js", new HashMap<>(args), new HashMap<>(),
                "page.component-1", ModuleResources.messages(ModuleResources.DASHLET, "en"),
                (endpoint, path) -> DashletControllerTest.summaryAnswer(officer));
    }
}
