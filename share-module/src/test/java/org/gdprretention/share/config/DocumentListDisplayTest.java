package org.gdprretention.share.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gdprretention.share.surf.ModuleResources;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What Share's document list makes of the module's configuration, done the way Share does it: the metadata template
 * a document gets (surf-doclist.lib.js), the indicator's tooltip (documentlist-view-detailed.js), the "Selected items"
 * menu (toolbar.lib.js, toolbar.css) and the URLs of the DocLibCustom dependencies (doclib-custom.get.html.ftl).
 */
class DocumentListDisplayTest {

    private static final List<String> STATUSES = List.of("PENDING_START", "ACTIVE", "EXPIRING", "EXPIRED", "ON_HOLD", "PURGED");

    private final Document config = Xml.module(ModuleResources.SHARE_CONFIG);
    private final Document context = Xml.module(ModuleResources.SHARE_CONTEXT);
    private final Document extension = Xml.module(ModuleResources.EXTENSION_MODULE);
    private final List<String[]> reference = ModuleResources.text("share-reference/share-doclib.tsv").lines()
            .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t", -1)).toList();

    /** A document in the list: its aspects, whether it is locked (lock banner) and has categories. */
    record Doc(Set<String> aspects, boolean locked, boolean categorised) {
    }

    @Test
    void aRetainedDocumentKeepsShareDefaultLinesAndBannerAndGetsTheRetentionLine() {
        List<String> shown = metadataLines(new Doc(Set.of("cm:auditable", "gdpr:retainable"), true, true));

        // Share replaces the whole default template by the first other template whose evaluator matches: the lock
        // banner ("locked by", "being edited") and the categories line must not disappear from retained documents.
        assertThat(shown).containsExactly("banner:lockBanner", "date", "gdprRetention", "description", "tags", "categories", "social");
    }

    @Test
    void aDocumentWithoutRetentionShowsShareDefaultLinesOnly() {
        List<String> shown = metadataLines(new Doc(Set.of("cm:auditable"), true, true));

        assertThat(shown).containsExactly("banner:lockBanner", "date", "description", "tags", "categories", "social");
    }

    @Test
    void theRetentionIndicatorsTooltipIsTextInTheReadersLanguageNotAStatusCode() {
        for (String language : List.of("en", "nl")) {
            Map<String, String> messages = ModuleResources.messages(ModuleResources.GLOBAL_BUNDLE, language);
            for (Element indicator : Xml.all(config, "indicator")) {
                for (String status : STATUSES) {
                    String tooltip = indicatorTooltip(indicator, messages, Map.of("gdpr_status", status));
                    assertThat(tooltip).as(language + " " + indicator.getAttribute("id") + " " + status)
                            .isNotBlank().doesNotContain(status).doesNotContain("{");
                }
            }
        }
    }

    @Test
    void selectedItemsMenuEntriesUseOnlyAttributesShareReadsAndHaveAnIconRule() {
        Set<String> read = reference.stream().filter(r -> r[0].equals("M")).map(r -> r[1]).collect(Collectors.toSet());
        Map<String, String> iconRules = toolbarIconRules();
        for (Element action : Xml.all(config, "multi-select").stream().flatMap(m -> Xml.children(m, "action").stream()).toList()) {
            String id = action.getAttribute("id");
            for (int i = 0; i < action.getAttributes().getLength(); i++) {
                assertThat(read).as(id).contains(action.getAttributes().item(i).getNodeName());
            }
            assertThat(iconRules).as("CSS rule .toolbar ." + id).containsKey(id);
            assertThat(ModuleResources.exists(ModuleResources.WEB_RESOURCES + iconRules.get(id))).as(iconRules.get(id)).isTrue();
        }
    }

    @Test
    void docLibCustomDependenciesResolveUnderShareResourcePath() {
        List<String> sources = new ArrayList<>();
        Xml.all(extension, "js").forEach(e -> sources.add(e.getAttribute("src")));
        Xml.all(extension, "css").forEach(e -> sources.add(e.getAttribute("src")));
        assertThat(sources).isNotEmpty();
        for (String src : sources) {
            // doclib-custom.get.html.ftl: ${url.context}/res/${src}
            String url = "/share" + "/res/" + src;
            assertThat(url).as(src).doesNotContain("//");
            assertThat(ModuleResources.exists(ModuleResources.WEB_RESOURCES + url.substring("/share/res/".length()))).as(src).isTrue();
        }
    }

    @Test
    void manageAspectsStillOffersShareOwnAspectsAndTheModulesWithoutRemovingRetention() {
        Set<String> shareVisible = reference.stream().filter(r -> r[0].equals("V")).map(r -> r[1]).collect(Collectors.toSet());
        assertThat(shareVisible).contains("cm:versionable", "cm:taggable", "cm:dublincore");
        Map<String, List<String>> lists = aspectLists(shareVisible);

        assertThat(lists.get("addable")).containsAll(shareVisible)
                .contains("gdpr:retainable", "gdpr:dataSubject", "gdpr:templateBinding").doesNotContain("gdpr:legalHold");
        assertThat(lists.get("removeable")).containsAll(shareVisible)
                .contains("gdpr:dataSubject", "gdpr:templateBinding").doesNotContain("gdpr:retainable", "gdpr:legalHold");
    }

    // ---------- Share's document list, as far as the module's configuration is concerned ----------

    /**
     * config.lib.js and aspects.js: the visible, addable and removeable lists of every config file are merged; an
     * empty addable or removeable list then means "the same as visible".
     */
    private Map<String, List<String>> aspectLists(Set<String> shareVisible) {
        Map<String, List<String>> lists = new HashMap<>();
        lists.put("visible", new ArrayList<>(shareVisible));
        lists.put("addable", new ArrayList<>());
        lists.put("removeable", new ArrayList<>());
        for (Element aspects : Xml.all(config, "aspects")) {
            for (String list : List.of("visible", "addable", "removeable")) {
                Xml.children(aspects, list).forEach(l -> Xml.children(l, "aspect").forEach(a -> lists.get(list).add(a.getAttribute("name"))));
            }
        }
        for (String list : List.of("addable", "removeable")) {
            if (lists.get(list).isEmpty()) {
                lists.put(list, lists.get("visible"));
            }
        }
        return lists;
    }

    /** A banner or line of a metadata template. */
    record Entry(String kind, String id, int index, String evaluator) {
    }

    /** A template: its own evaluators and its banners and lines by id (later config merges by id). */
    static final class Template {
        final List<String> evaluators = new ArrayList<>();
        final Map<String, Entry> entries = new LinkedHashMap<>();
    }

    /** surf-doclist.lib.js: templates merged by id in config order, the first qualifying non-default one wins. */
    private List<String> metadataLines(Doc doc) {
        Map<String, Template> templates = new LinkedHashMap<>();
        for (String[] r : reference) {
            if (r[0].equals("T")) {
                Template t = templates.computeIfAbsent(r[1], k -> new Template());
                if (!r[2].isEmpty() && !t.evaluators.contains(r[2])) {
                    t.evaluators.add(r[2]);
                }
                t.entries.put(r[3] + ":" + r[4], new Entry(r[3], r[4], Integer.parseInt(r[5]), r[7]));
            }
        }
        for (Element element : Xml.all(config, "metadata-templates").stream().flatMap(m -> Xml.children(m, "template").stream()).toList()) {
            Template t = templates.computeIfAbsent(element.getAttribute("id"), k -> new Template());
            Xml.children(element, "evaluator").forEach(e -> t.evaluators.add(e.getTextContent().trim()));
            for (String kind : List.of("banner", "line")) {
                for (Element e : Xml.children(element, kind)) {
                    t.entries.put(kind + ":" + e.getAttribute("id"), new Entry(kind, e.getAttribute("id"),
                            e.getAttribute("index").isEmpty() ? 0 : Integer.parseInt(e.getAttribute("index")), e.getAttribute("evaluator")));
                }
            }
        }
        Template chosen = templates.get("default");
        for (Map.Entry<String, Template> t : templates.entrySet()) {
            if (!t.getKey().equals("default") && !t.getValue().evaluators.isEmpty()
                    && t.getValue().evaluators.stream().allMatch(e -> evaluate(e, doc))) {
                chosen = t.getValue();
                break;
            }
        }
        List<String> result = new ArrayList<>();
        for (String kind : List.of("banner", "line")) {
            chosen.entries.values().stream().filter(e -> e.kind().equals(kind))
                    .filter(e -> e.evaluator().isEmpty() || evaluate(e.evaluator(), doc))
                    .sorted(Comparator.comparingInt(Entry::index))
                    .forEach(e -> result.add(kind.equals("banner") ? "banner:" + e.id() : e.id()));
        }
        return result;
    }

    /** The evaluators a template can name here: Share's lock, category and working-copy ones, the module's hasAspect. */
    private boolean evaluate(String evaluator, Doc doc) {
        switch (evaluator) {
            case "evaluator.doclib.metadata.hasLockBanner":
                return doc.locked();
            case "evaluator.doclib.metadata.hasCategories":
                return doc.categorised();
            case "evaluator.doclib.metadata.isWorkingCopy":
                return doc.aspects().contains("cm:workingcopy");
            default:
                Element bean = Xml.all(context, "bean").stream().filter(b -> b.getAttribute("id").equals(evaluator)).findFirst()
                        .orElseThrow(() -> new AssertionError("evaluator not modelled here: " + evaluator));
                assertThat(bean.getAttribute("parent")).as(evaluator).isEqualTo("evaluator.doclib.metadata.hasAspect");
                return Xml.all(bean, "value").stream().map(v -> v.getTextContent().trim()).allMatch(doc.aspects()::contains);
        }
    }

    /**
     * documentlist-view-detailed.js: Alfresco.util.message(label, scope, labelParams), then
     * Alfresco.util.substituteDotNotation(label, record); jsNode.properties has ':' replaced by '_'.
     */
    private static String indicatorTooltip(Element indicator, Map<String, String> messages, Map<String, String> jsNodeProperties) {
        String label = messages.getOrDefault(indicator.getAttribute("label"), indicator.getAttribute("label"));
        Map<Integer, String> params = new HashMap<>();
        Xml.children(indicator, "labelParam").forEach(p -> params.put(Integer.parseInt(p.getAttribute("index")), p.getTextContent().trim()));
        label = substitute(label, Pattern.compile("\\{(\\d+)}"), key -> params.get(Integer.parseInt(key)));
        return substitute(label, Pattern.compile("\\{jsNode\\.properties\\.([A-Za-z0-9_]+)}"), jsNodeProperties::get);
    }

    private static String substitute(String text, Pattern pattern, java.util.function.Function<String, String> values) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(out).toString();
    }

    /** ".toolbar .<id> { background-image: url(...) }" in the DocLibCustom CSS: id to the image under /res/. */
    private Map<String, String> toolbarIconRules() {
        Map<String, String> rules = new HashMap<>();
        Pattern rule = Pattern.compile("\\.toolbar\\s+\\.([A-Za-z0-9_-]+)\\s*\\{[^}]*background-image:\\s*url\\(([^)]+)\\)");
        for (Element css : Xml.all(extension, "css")) {
            String src = css.getAttribute("src").replaceFirst("^/", "");
            String dir = src.substring(0, src.lastIndexOf('/') + 1);
            Matcher m = rule.matcher(ModuleResources.text(ModuleResources.WEB_RESOURCES + src));
            while (m.find()) {
                rules.put(m.group(1), java.nio.file.Path.of(dir).resolve(m.group(2).replaceAll("[\"']", "")).normalize().toString());
            }
        }
        return rules;
    }
}
