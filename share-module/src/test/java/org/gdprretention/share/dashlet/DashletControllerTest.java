package org.gdprretention.share.dashlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gdprretention.share.surf.ModuleResources;
import org.gdprretention.share.surf.SurfController;
import org.gdprretention.share.surf.SurfController.Answer;
import org.junit.jupiter.api.Test;

/** The dashlet's controller in Rhino, with the repository stubbed behind Surf's {@code remote}. */
class DashletControllerTest {

    private static final String SCRIPT = ModuleResources.DASHLET + ".js";
    private static final String SUMMARY = "/-default-/private/gdpr/versions/1/retention-summaries/-current-";

    private final SurfController controller = new SurfController();

    @Test
    void anOfficerGetsTheOfficerTabsAndTheSavedSettings() {
        Map<String, Object> model = run(Map.of("htmlid", "page_x002e_dashlet", "pageSize", "50", "status", "EXPIRED",
                "template", "a1b2-c3"), Map.of(), summary(true));

        Map<String, Object> options = widgetOptions(model);
        assertThat(model.get("officer")).isEqualTo(true);
        assertThat(model.get("startupError")).isNull();
        assertThat(options).containsEntry("officer", true).containsEntry("pageSize", 50L)
                .containsEntry("defaultStatus", "EXPIRED").containsEntry("defaultTemplate", "a1b2-c3")
                .containsEntry("siteId", "").containsEntry("componentId", "page.component-1-2");
        assertThat(controller.calls()).containsExactly("alfresco-api " + SUMMARY);
    }

    @Test
    void anOrdinaryUserIsNoOfficer() {
        Map<String, Object> model = run(Map.of("htmlid", "d1"), Map.of(), summary(false));

        assertThat(model.get("officer")).isEqualTo(false);
        assertThat(widgetOptions(model)).containsEntry("officer", false);
    }

    @Test
    void onASiteDashboardTheSiteFiltersTheSummary() {
        Map<String, Object> model = run(Map.of("htmlid", "d1"), Map.of("site", "hr dossiers"), summary(true));

        assertThat(widgetOptions(model)).containsEntry("siteId", "hr dossiers");
        assertThat(controller.calls()).containsExactly("alfresco-api " + SUMMARY + "?site=hr%20dossiers");
    }

    @Test
    void savedSettingsThatAreNotValidFallBackToTheDefaults() {
        Map<String, Object> model = run(Map.of("htmlid", "d1", "pageSize", "100000", "status", "DROP TABLE",
                "template", "<script>"), Map.of(), summary(true));

        assertThat(widgetOptions(model)).containsEntry("pageSize", 25L).containsEntry("defaultStatus", "")
                .containsEntry("defaultTemplate", "");
    }

    @Test
    void aRepositoryErrorIsKeptInTheRepositorysOwnWords() {
        Map<String, Object> model = run(Map.of("htmlid", "d1"), Map.of(), (endpoint, path) -> new Answer(500,
                "{\"error\":{\"errorKey\":\"x\",\"statusCode\":500,\"briefSummary\":\"Catalogue unreadable\"}}"));

        assertThat(model.get("startupError")).isEqualTo("Catalogue unreadable");
        assertThat(model.get("officer")).isEqualTo(false);
    }

    @Test
    void anErrorWithoutTheApisBodyNamesTheStatus() {
        Map<String, Object> model = run(Map.of("htmlid", "d1"), Map.of(), (endpoint, path) -> new Answer(503, "<html>"));

        assertThat(model.get("startupError")).isEqualTo("HTTP 503");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTitleBarsConfigureActionFiresTheEventTheDashletListensTo() {
        Map<String, Object> model = run(Map.of("htmlid", "page-x-y"), Map.of(), summary(true));

        String event = (String) model.get("configureEvent");
        assertThat(event).isEqualTo("gdprRetentionConfigurepage_x_y");
        assertThat(widgetOptions(model)).containsEntry("configureEvent", event);
        Map<String, Object> titleBar = ((List<Map<String, Object>>) model.get("widgets")).get(2);
        List<Map<String, Object>> actions = (List<Map<String, Object>>) ((Map<String, Object>) titleBar.get("options")).get("actions");
        assertThat(actions.get(0).get("eventOnClick")).isEqualTo(Map.of("_alfValue", event, "_alfType", "REFERENCE"));
        assertThat(actions.get(0).get("tooltip")).isEqualTo("Configure this dashlet");
    }

    static SurfController.Answer summaryAnswer(boolean officer) {
        return new Answer(200, "{\"entry\":{\"callerIsOfficer\":" + officer
                + ",\"totalsPerTemplate\":[],\"totalsPerStatus\":[],\"expiringPerMonth\":[]}}");
    }

    private static java.util.function.BiFunction<String, String, Answer> summary(boolean officer) {
        return (endpoint, path) -> endpoint.equals("alfresco-api") && path.startsWith(SUMMARY)
                ? summaryAnswer(officer) : new Answer(404, "");
    }

    private Map<String, Object> run(Map<String, String> args, Map<String, String> templateArgs,
            java.util.function.BiFunction<String, String, Answer> repository) {
        return controller.run(SCRIPT, new HashMap<>(args), new HashMap<>(templateArgs), "page.component-1-2",
                ModuleResources.messages(ModuleResources.DASHLET, "en"), repository);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> widgetOptions(Map<String, Object> model) {
        List<Map<String, Object>> widgets = (List<Map<String, Object>>) model.get("widgets");
        Map<String, Object> dashlet = widgets.stream()
                .filter(w -> "GdprRetention.dashlet.RetentionOverview".equals(w.get("name"))).findFirst().orElseThrow();
        return (Map<String, Object>) dashlet.get("options");
    }
}
