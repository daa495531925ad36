package org.gdprretention.share.browser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gdprretention.share.surf.ModuleResources;
import org.gdprretention.share.surf.SurfController;
import org.gdprretention.share.surf.SurfTemplate;
import org.gdprretention.share.surf.WidgetJson;

/**
 * The pages the browser tests open: Share's YUI 2 and the stand-ins in the head, then what Share would send for the
 * dashlet (its controller run in Rhino, its template rendered with FreeMarker, in the asked language), or the
 * document library's module scripts with the global messages.
 */
final class TestPages {

    static final String HTML_ID = "page_x002e_component-1-2_x002e_user_x007e_officer_x007e_dashboard";
    static final String COMPONENT_ID = "page.component-1-2.user~officer~dashboard";

    private static final List<String> YUI = List.of("yahoo/yahoo-min.js", "dom/dom-min.js", "event/event-min.js",
            "element/element-min.js", "datasource/datasource-min.js", "json/json-min.js",
            "paginator/paginator-min.js", "datatable/datatable-min.js", "connection/connection-min.js");

    private TestPages() {
    }

    private static String head(String language) {
        StringBuilder head = new StringBuilder("<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
                + "<title>test</title><link rel=\"stylesheet\" type=\"text/css\" href=\"/yui/assets/skins/sam/skin.css\"/>\n");
        for (String script : YUI) {
            head.append("<script type=\"text/javascript\" src=\"/yui/").append(script).append("\"></script>\n");
        }
        head.append("<script type=\"text/javascript\" src=\"/test/share-standins.js\"></script>\n");
        return head.toString();
    }

    /** The dashlet page; {@code query}: lang=en|nl and saved settings (pageSize, status, template, height). */
    static String dashlet(String rawQuery) {
        Map<String, List<String>> query = ShareStub.query(rawQuery);
        String language = first(query, "lang", "en");
        Map<String, String> args = new HashMap<>();
        args.put("htmlid", HTML_ID);
        for (String saved : List.of("pageSize", "status", "template", "height")) {
            if (query.containsKey(saved)) {
                args.put(saved, first(query, saved, ""));
            }
        }
        Map<String, String> messages = ModuleResources.messages(ModuleResources.DASHLET, language);
        Map<String, Object> model = new SurfController().run(ModuleResources.DASHLET + ".js", args, new HashMap<>(),
                COMPONENT_ID, messages, (endpoint, path) -> {
                    throw new AssertionError("the dashlet's controller calls the repository: " + endpoint + " " + path);
                });
        String fragment = new SurfTemplate().render(ModuleResources.DASHLET + ".html.ftl", model, args, messages);
        return head(language) + "</head><body class=\"yui-skin-sam\"><div id=\"standin-messages\"></div>"
                + "<div id=\"standin-prompt\"></div><div class=\"dashlet-holder\" style=\"width: 1200px\">" + fragment
                + "</div></body></html>";
    }

    /** The document library's module scripts with the module's global messages. */
    static String documentLibrary(String rawQuery) {
        String language = first(ShareStub.query(rawQuery), "lang", "en");
        return head(language)
                + "<script type=\"text/javascript\">Alfresco.messages.global = "
                + WidgetJson.write(ModuleResources.messages(ModuleResources.GLOBAL_BUNDLE, language)) + ";</script>\n"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"/share/res/gdpr-retention/components/documentlibrary/gdpr-actions.css\"/>"
                + "<script type=\"text/javascript\" src=\"/share/res/gdpr-retention/components/common/gdpr-rest.js\"></script>\n"
                + "<script type=\"text/javascript\" src=\"/share/res/gdpr-retention/components/documentlibrary/gdpr-actions.js\"></script>\n"
                + "</head><body class=\"yui-skin-sam\"><div id=\"standin-messages\"></div><div id=\"standin-prompt\"></div>"
                + "<div id=\"line\"></div></body></html>";
    }

    private static String first(Map<String, List<String>> query, String name, String fallback) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }
}
