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

    private final SurfController controller = new SurfController();

    @Test
    void theSavedSettingsBecomeOptionsWithoutAskingTheRepository() {
        Map<String, Object> model = run(Map.of("htmlid", "page_x002e_dashlet", "pageSize", "50", "status", "EXPIRED",
                "template", "a1b2-c3"), Map.of(), repository());

        assertThat(widgetOptions(model)).containsEntry("pageSize", 50L)
                .containsEntry("defaultStatus", "EXPIRED").containsEntry("defaultTemplate", "a1b2-c3")
                .containsEntry("siteId", "").containsEntry("componentId", "page.component-1-2")
                .doesNotContainKey("officer");
        // The browser loads the summary (and learns from it whether the caller is an officer) once per page.
        assertThat(controller.calls()).isEmpty();
    }

    @Test
    void onASiteDashboardTheSiteIsTheDashletsSite() {
        Map<String, Object> model = run(Map.of("htmlid", "d1"), Map.of("site", "hr dossiers"), repository());

        assertThat(widgetOptions(model)).containsEntry("siteId", "hr dossiers");
    }

    @Test
    void onASiteDashboardOnlyTheSiteManagerIsOfferedTheConfiguration() {
        // Share offers a dashlet's configuration to the site's managers only (its own dashlets ask the repository
        // for the membership): the dashlet's settings are stored with the site dashboard, which only they may change.
        Map<String, String> roles = Map.of("anna", "SiteManager", "bert", "SiteCollaborator");
        java.util.function.BiFunction<String, String, Answer> sites = (endpoint, path) -> {
            for (Map.Entry<String, String> member : roles.entrySet()) {
                if (endpoint.equals("alfresco") && path.equals("/api/sites/hr%20dossiers/memberships/" + member.getKey())) {
                    return new Answer(200, "{\"role\": \"" + member.getValue() + "\", \"authority\": {}}");
                }
            }
            return new Answer(404, "{\"status\": {\"code\": 404}}");
        };

        assertThat(titleBarActions(runAs("anna", Map.of("site", "hr dossiers"), sites))).containsExactly("edit", "help");
        assertThat(titleBarActions(runAs("bert", Map.of("site", "hr dossiers"), sites))).containsExactly("help");
        assertThat(titleBarActions(runAs("carl", Map.of("site", "hr dossiers"), sites))).containsExactly("help");
        assertThat(controller.calls()).containsExactly("alfresco /api/sites/hr%20dossiers/memberships/anna",
                "alfresco /api/sites/hr%20dossiers/memberships/bert", "alfresco /api/sites/hr%20dossiers/memberships/carl");
    }

    @Test
    void onTheUsersOwnDashboardTheUserConfiguresWithoutAskingTheRepository() {
        assertThat(titleBarActions(runAs("bert", Map.of(), repository()))).containsExactly("edit", "help");
        assertThat(controller.calls()).isEmpty();
    }

    private Map<String, Object> runAs(String user, Map<String, String> templateArgs,
            java.util.function.BiFunction<String, String, Answer> repository) {
        controller.user(user);
        return run(Map.of("htmlid", "d1"), templateArgs, repository);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> titleBarActions(Map<String, Object> model) {
        Map<String, Object> titleBar = ((List<Map<String, Object>>) model.get("widgets")).stream()
                .filter(w -> "Alfresco.widget.DashletTitleBarActions".equals(w.get("name"))).findFirst().orElseThrow();
        List<Map<String, Object>> actions = (List<Map<String, Object>>) ((Map<String, Object>) titleBar.get("options")).get("actions");
        return actions.stream().map(a -> a.get("cssClass")).toList();
    }

    @Test
    void savedSettingsThatAreNotValidFallBackToTheDefaults() {
        Map<String, Object> model = run(Map.of("htmlid", "d1", "pageSize", "100000", "status", "DROP TABLE",
                "template", "<script>"), Map.of(), repository());

        assertThat(widgetOptions(model)).containsEntry("pageSize", 25L).containsEntry("defaultStatus", "")
                .containsEntry("defaultTemplate", "");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTitleBarsConfigureActionFiresTheEventTheDashletListensTo() {
        Map<String, Object> model = run(Map.of("htmlid", "page-x-y"), Map.of(), repository());

        String event = (String) model.get("configureEvent");
        assertThat(event).isEqualTo("gdprRetentionConfigurepage_x_y");
        assertThat(widgetOptions(model)).containsEntry("configureEvent", event);
        Map<String, Object> titleBar = ((List<Map<String, Object>>) model.get("widgets")).get(2);
        List<Map<String, Object>> actions = (List<Map<String, Object>>) ((Map<String, Object>) titleBar.get("options")).get("actions");
        assertThat(actions.get(0).get("eventOnClick")).isEqualTo(Map.of("_alfValue", event, "_alfType", "REFERENCE"));
        assertThat(actions.get(0).get("tooltip")).isEqualTo("Configure this dashlet");
    }

    /** A repository that answers nothing: on a user dashboard the controller is not meant to call it. */
    static java.util.function.BiFunction<String, String, Answer> repository() {
        return (endpoint, path) -> new Answer(404, "");
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
