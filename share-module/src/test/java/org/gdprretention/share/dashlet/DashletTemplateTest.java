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
    void theOfficerControlsAreThereButHiddenUntilTheRepositoryNamesAnOfficer() {
        String html = render("en", Map.of("htmlid", "d1"));

        for (String id : new String[] {"d1-purge", "d1-tab-requests", "d1-tab-sweeps", "d1-panel-requests", "d1-panel-sweeps"}) {
            assertThat(html).containsPattern("id=\"" + id + "\"[^>]*class=\"gdpr-officer-only hidden\"");
        }
        assertThat(html).contains(">Pending extension requests<", ">Orphaned files<", ">Retention overview<",
                "id=\"d1-table\"", "id=\"d1-csv\"");
        assertThat(html).contains("new GdprRetention.dashlet.RetentionOverview(\"d1\").setOptions(",
                "new Alfresco.widget.DashletResizer(\"d1\",\"page.component-1\")",
                "var gdprRetentionConfigured1 = new YAHOO.util.CustomEvent");
    }

    @Test
    void rendersInDutch() {
        String html = render("nl", Map.of("htmlid", "d1"));

        assertThat(html).contains(">Bewaartermijnen<", ">Openstaande verlengingsaanvragen<", ">Verlopen<",
                ">Selectie definitief verwijderen...<", ">CSV downloaden<");
    }

    @Test
    void everyFormControlHasALabel() {
        String html = render("en", Map.of("htmlid", "d1"));

        for (String control : new String[] {"filter-status", "filter-type", "filter-category", "filter-template",
                "filter-expiry", "filter-text"}) {
            assertThat(html).contains("<label for=\"d1-" + control + "\">");
        }
    }

    @Test
    void theSavedHeightIsAppliedAndHtmlInArgumentsIsEscaped() {
        String html = render("en", Map.of("htmlid", "d1", "height", "420\"><script>"));

        assertThat(html).contains("style=\"height: 420&quot;&gt;&lt;script&gt;px;\"").doesNotContain("420\"><script>");
    }

    @Test
    void aMissingModelValueFailsTheRendering() {
        Map<String, String> args = Map.of("htmlid", "d1");
        Map<String, Object> model = new HashMap<>(model(args));
        model.remove("configureEvent");

        assertThatThrownBy(() -> templates.render(TEMPLATE, model, args,
                ModuleResources.messages(ModuleResources.DASHLET, "en"))).hasMessageContaining("configureEvent");
    }

    private String render(String language, Map<String, String> args) {
        return templates.render(TEMPLATE, model(args), args,
                ModuleResources.messages(ModuleResources.DASHLET, language));
    }

    private static Map<String, Object> model(Map<String, String> args) {
        return new SurfController().run(ModuleResources.DASHLET + ".js", new HashMap<>(args), new HashMap<>(),
                "page.component-1", ModuleResources.messages(ModuleResources.DASHLET, "en"),
                DashletControllerTest.repository());
    }
}
