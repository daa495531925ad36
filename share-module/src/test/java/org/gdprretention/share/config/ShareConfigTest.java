package org.gdprretention.share.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
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
 * The module's Share configuration parsed and cross-checked: actions, their handlers and the repository actions they
 * run, evaluators against the module's beans and Share's, form fields against the content model, message keys in
 * both languages, the Surf extension module and the dashlet descriptor.
 */
class ShareConfigTest {

    private static final Path PLATFORM = Path.of("../platform-module/src/main/resources/alfresco/module/gdpr-retention-platform");
    /** Built in parallel by the extension-request work; its name is fixed by the workflow contract. */
    private static final String EXTENSION_ACTION = "gdpr-request-extension";
    /**
     * The data subject's language on gdpr:dataSubject (optional d:text), which the repository copies onto documents.
     */
    private static final String SUBJECT_LANGUAGE = "gdpr:dataSubjectLanguage";
    private static final Set<String> STOCK_HANDLERS = Set.of("onActionFormDialog", "onActionSimpleRepoAction");

    private final Document config = Xml.module(ModuleResources.SHARE_CONFIG);
    private final Document context = Xml.module(ModuleResources.SHARE_CONTEXT);
    private final ShareReference share = ShareReference.load();
    private final Map<String, String> english = ModuleResources.properties(ModuleResources.GLOBAL_BUNDLE + ".properties");
    private final Map<String, String> dutch = ModuleResources.properties(ModuleResources.GLOBAL_BUNDLE + "_nl.properties");

    @Test
    void everyActionInAGroupIsDefinedAndEveryDefinedActionIsOffered() {
        Set<String> defined = actions().keySet();
        Set<String> grouped = Xml.all(config, "actionGroup").stream()
                .flatMap(g -> Xml.children(g, "action").stream()).map(a -> a.getAttribute("id")).collect(Collectors.toSet());

        assertThat(defined).containsExactlyInAnyOrder("gdpr-apply-retention-type", "gdpr-request-extension",
                "gdpr-place-legal-hold", "gdpr-lift-legal-hold", "gdpr-purge-now");
        assertThat(grouped).isEqualTo(defined);
    }

    @Test
    void formDialogsAndRepoActionsRunRepositoryActionsThatExist() {
        Set<String> repositoryActions = repositoryActions();
        repositoryActions.add(EXTENSION_ACTION);
        for (Element action : actions().values()) {
            String function = Xml.param(action, "function");
            if ("onActionFormDialog".equals(function)) {
                assertThat(Xml.param(action, "itemKind")).isEqualTo("action");
                assertThat(repositoryActions).as(action.getAttribute("id")).contains(Xml.param(action, "itemId"));
            } else if ("onActionSimpleRepoAction".equals(function)) {
                assertThat(repositoryActions).as(action.getAttribute("id")).contains(Xml.param(action, "action"));
            }
        }
        assertThat(repositoryActions).contains("gdpr-apply-retention", "gdpr-set-legal-hold", "gdpr-lift-legal-hold");
    }

    @Test
    void customHandlersAndMultiSelectActionsAreRegisteredByTheModulesScript() {
        Set<String> registered = registeredActions();
        Set<String> custom = actions().values().stream().map(a -> Xml.param(a, "function"))
                .filter(f -> !STOCK_HANDLERS.contains(f)).collect(Collectors.toSet());
        Set<String> multiSelect = Xml.all(config, "multi-select").stream()
                .flatMap(m -> Xml.children(m, "action").stream()).map(a -> a.getAttribute("id")).collect(Collectors.toSet());

        assertThat(custom).containsExactly("onActionGdprPurgeNow");
        assertThat(registered).containsAll(custom).containsAll(multiSelect);
        assertThat(multiSelect).contains("onActionGdprPurgeNow", "onActionGdprPlaceHold", "onActionGdprLiftHold");
    }

    @Test
    void selectedItemsActionsAreEnabledOnlyWhereTheyApply() {
        Map<String, Element> multiSelect = new HashMap<>();
        Xml.all(config, "multi-select").forEach(m -> Xml.children(m, "action").forEach(a -> multiSelect.put(a.getAttribute("id"), a)));
        Set<String> modelAspects = Xml.all(Xml.file(PLATFORM.resolve("model/retentionModel.xml")), "aspect").stream()
                .map(a -> a.getAttribute("name")).collect(Collectors.toSet());

        // Share's toolbar reads hasAspect (all selected items have all of them) and notAspect (none has any).
        assertThat(multiSelect.get("onActionGdprPurgeNow").getAttribute("hasAspect")).isEqualTo("gdpr:retainable");
        assertThat(multiSelect.get("onActionGdprPurgeNow").getAttribute("notAspect")).isEqualTo("gdpr:legalHold");
        assertThat(multiSelect.get("onActionGdprPlaceHold").getAttribute("hasAspect")).isEqualTo("gdpr:retainable");
        assertThat(multiSelect.get("onActionGdprPlaceHold").getAttribute("notAspect")).isEqualTo("gdpr:legalHold");
        assertThat(multiSelect.get("onActionGdprLiftHold").getAttribute("hasAspect")).isEqualTo("gdpr:legalHold");
        for (Element action : multiSelect.values()) {
            for (String attribute : List.of("hasAspect", "notAspect")) {
                for (String aspect : action.getAttribute(attribute).split(",")) {
                    assertThat(aspect.isEmpty() || modelAspects.contains(aspect)).as(action.getAttribute("id") + " " + aspect).isTrue();
                }
            }
        }
    }

    @Test
    void everyEvaluatorIsAModuleBeanOrAShareBean() {
        Set<String> moduleBeans = moduleBeans().keySet();
        Set<String> referenced = new HashSet<>();
        Xml.all(config, "evaluator").forEach(e -> referenced.add(e.getTextContent().trim()));
        Xml.all(config, "line").stream().map(l -> l.getAttribute("evaluator")).filter(s -> !s.isEmpty()).forEach(referenced::add);
        Xml.all(context, "ref").forEach(r -> referenced.add(r.getAttribute("bean")));

        assertThat(referenced).isNotEmpty().allSatisfy(id ->
                assertThat(moduleBeans.contains(id) || share.bean(id).isPresent()).as(id).isTrue());
    }

    @Test
    void everyModuleBeanHasAKnownParentAndOnlyPropertiesItsClassCanTake() {
        Map<String, Element> beans = moduleBeans();
        for (Element bean : Xml.all(context, "bean")) {
            String parent = bean.getAttribute("parent");
            String className = bean.getAttribute("class");
            if (!parent.isEmpty()) {
                assertThat(beans.containsKey(parent) || share.bean(parent).isPresent()).as("parent " + parent).isTrue();
                className = effectiveClass(parent, beans);
            }
            if (className.startsWith("org.alfresco.web.evaluator")) {
                Set<String> setters = share.settersOf(className);
                assertThat(setters).as(className).isNotEmpty();
                for (Element property : Xml.children(bean, "property")) {
                    assertThat(setters).as(bean.getAttribute("id") + " (" + className + ")").contains(property.getAttribute("name"));
                }
            }
        }
        assertThat(beans).containsKey("gdpr-retention-share.resources");
        Element resources = beans.get("gdpr-retention-share.resources");
        assertThat(resources.getAttribute("class")).isEqualTo("org.springframework.extensions.surf.util.ResourceBundleBootstrapComponent");
        assertThat(resources.getTextContent()).contains("alfresco.web-extension.messages.gdpr-retention-share");
        assertThat(ModuleResources.exists(ModuleResources.GLOBAL_BUNDLE + ".properties")).isTrue();
    }

    @Test
    void everyLabelOfTheConfigurationIsInBothLanguages() {
        Set<String> keys = new HashSet<>();
        for (Element element : Xml.all(config, "*")) {
            for (String attribute : List.of("label", "label-id")) {
                String value = element.getAttribute(attribute);
                if (!value.isEmpty() && !value.startsWith("{")) {
                    keys.add(value);
                }
            }
        }
        actions().values().forEach(a -> {
            keys.add(Xml.param(a, "successMessage"));
            keys.add(Xml.param(a, "failureMessage"));
        });
        keys.remove(null);
        // option labels of a select control given as {message.key}
        for (Element param : Xml.all(config, "control-param")) {
            Matcher key = Pattern.compile("\\{([^}]+)}").matcher(param.getTextContent());
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        // the module's aspects (Share's own, repeated in <removeable>, are labelled by Share)
        Xml.all(config, "aspect").stream().filter(a -> a.getAttribute("name").startsWith("gdpr:"))
                .forEach(a -> keys.add("aspect." + a.getAttribute("name").replace(':', '_')));

        assertThat(keys).contains("gdpr-retention.action.purge-now", "aspect.gdpr_retainable", "workflow.set.items");
        assertThat(keys).allSatisfy(key -> assertThat(
                (english.containsKey(key) && dutch.containsKey(key)) || share.translates(key)).as(key).isTrue());
    }

    @Test
    void aspectFormsShowFieldsOfTheirAspectAndComputedFieldsReadOnly() {
        Document model = Xml.file(PLATFORM.resolve("model/retentionModel.xml"));
        for (String aspect : List.of("gdpr:retainable", "gdpr:legalHold", "gdpr:dataSubject", "gdpr:templateBinding")) {
            List<Element> forms = Xml.configs(config, "aspect", aspect);
            assertThat(forms).as(aspect).hasSize(1);
            Element definition = Xml.all(model, "aspect").stream().filter(a -> aspect.equals(a.getAttribute("name")))
                    .findFirst().orElseThrow(() -> new AssertionError("no aspect " + aspect + " in the model"));
            Map<String, Boolean> protectedByName = new HashMap<>();
            for (Element property : Xml.all(definition, "property")) {
                List<Element> flag = Xml.children(property, "protected");
                protectedByName.put(property.getAttribute("name"), !flag.isEmpty() && flag.get(0).getTextContent().trim().equals("true"));
            }
            for (Element show : Xml.all(forms.get(0), "show")) {
                assertThat(protectedByName).as(aspect + " field").containsKey(show.getAttribute("id"));
            }
            for (Element field : Xml.all(forms.get(0), "field")) {
                String id = field.getAttribute("id");
                assertThat(protectedByName).as(aspect + " field").containsKey(id);
                if (protectedByName.get(id)) {
                    assertThat(field.getAttribute("read-only")).as(id + " is computed").isEqualTo("true");
                }
            }
        }
    }

    @Test
    void theDataSubjectsLanguageIsAChoiceOfDutchOrEnglishOrUnset() {
        Element form = Xml.configs(config, "aspect", "gdpr:dataSubject").get(0);
        assertThat(Xml.all(form, "show")).extracting(e -> e.getAttribute("id")).contains(SUBJECT_LANGUAGE);
        Element field = Xml.all(form, "field").stream().filter(f -> f.getAttribute("id").equals(SUBJECT_LANGUAGE))
                .findFirst().orElseThrow();
        assertThat(field.getAttribute("read-only")).isNotEqualTo("true");
        Element control = Xml.children(field, "control").get(0);
        assertThat(control.getAttribute("template")).isEqualTo("/org/alfresco/components/form/controls/selectone.ftl");
        String options = Xml.children(control, "control-param").stream().filter(p -> p.getAttribute("name").equals("options"))
                .findFirst().orElseThrow().getTextContent().trim();
        // selectone.ftl: options split on ',', value and label on '|', a label {key} looked up in the messages
        List<String> values = java.util.Arrays.stream(options.split(",")).map(o -> o.split("\\|", -1)[0]).toList();
        assertThat(values).containsExactly("", "nl", "en");
        for (String option : options.split(",")) {
            String label = option.split("\\|", -1)[1];
            assertThat(label).startsWith("{").endsWith("}");
            String key = label.substring(1, label.length() - 1);
            assertThat(english).as(key).containsKey(key);
            assertThat(dutch).as(key).containsKey(key);
        }
        assertThat(dutch.get("gdpr-retention.form.language.nl")).isEqualTo("Nederlands");
        // the optional text property of gdpr:dataSubject this control writes
        Document model = Xml.file(PLATFORM.resolve("model/retentionModel.xml"));
        Element property = Xml.all(model, "property").stream().filter(p -> p.getAttribute("name").equals(SUBJECT_LANGUAGE))
                .findFirst().orElseThrow();
        assertThat(Xml.children(property, "type").get(0).getTextContent().trim()).isEqualTo("d:text");
        assertThat(((Element) property.getParentNode().getParentNode()).getAttribute("name")).isEqualTo("gdpr:dataSubject");
    }

    @Test
    void theExtensionRequestTaskFormsUseTheWorkflowsFixedNames() {
        Element review = Xml.configs(config, "task-type", "gdprwf:reviewExtensionRequestTask").get(0);
        Set<String> shown = Xml.all(review, "show").stream().map(s -> s.getAttribute("id")).collect(Collectors.toSet());
        assertThat(shown).contains("gdprwf:reviewOutcome", "bpm:comment", "gdprwf:reason", "gdprwf:requestedBy",
                "gdprwf:currentExpiry", "gdprwf:proposedExpiry", "packageItems");
        Element outcome = Xml.all(review, "field").stream().filter(f -> f.getAttribute("id").equals("gdprwf:reviewOutcome"))
                .findFirst().orElseThrow();
        assertThat(Xml.all(outcome, "control").get(0).getAttribute("template")).endsWith("activiti-transitions.ftl");
        assertThat(Xml.configs(config, "task-type", "gdprwf:submitExtensionRequestTask")).hasSize(1);
        Path workflowModel = PLATFORM.resolve("workflow/extensionRequestModel.xml");
        if (workflowModel.toFile().exists()) {
            Set<String> properties = Xml.all(Xml.file(workflowModel), "property").stream()
                    .map(p -> p.getAttribute("name")).collect(Collectors.toSet());
            assertThat(properties).containsAll(shown.stream().filter(s -> s.startsWith("gdprwf:")).toList());
        }
    }

    @Test
    void shareOffersNoStartOfTheExtensionRequestButOfficersSeeTheirReviewTask() {
        Document workflow = Xml.file(PLATFORM.resolve("workflow/extension-request.bpmn20.xml"));
        String definition = "activiti$" + Xml.all(workflow, "process").get(0).getAttribute("id");
        String startTask = Xml.all(workflow, "startEvent").get(0).getAttribute("activiti:formKey");
        List<String> userTasks = Xml.all(workflow, "userTask").stream().map(t -> t.getAttribute("activiti:formKey")).toList();
        List<Element> sections = Xml.configs(config, "string-compare", "Workflow");
        Set<String> hiddenWorkflows = sections.stream().flatMap(c -> Xml.all(c, "hidden-workflows").stream())
                .flatMap(h -> Xml.children(h, "workflow").stream()).map(w -> w.getAttribute("name")).collect(Collectors.toSet());
        Set<String> hiddenTasks = sections.stream().flatMap(c -> Xml.all(c, "hidden-tasks").stream())
                .flatMap(h -> Xml.children(h, "task").stream()).map(t -> t.getAttribute("type")).collect(Collectors.toSet());

        // Share's start-workflow page lists what /api/workflow-definitions returns minus the hidden workflows.
        assertThat(definition).isEqualTo("activiti$gdprExtensionRequest");
        assertThat(hiddenWorkflows).containsExactly(definition);
        // Added to Share's own lists, never replacing them (Share would then show its invitation workflows).
        assertThat(sections).allSatisfy(c -> assertThat(c.getAttribute("replace")).isNotEqualTo("true"));
        // Nothing starts it from Share, so a start form would only invite a start the repository refuses.
        assertThat(Xml.configs(config, "string-compare", definition)).isEmpty();
        // The task lists exclude the hidden task types (exact, or a prefix ending in '*' as in Share's "wcmwf:*").
        assertThat(hiddenTasks).containsExactly(startTask);
        assertThat(userTasks).isNotEmpty().allSatisfy(task -> assertThat(hiddenTasks)
                .noneMatch(pattern -> pattern.equals(task) || pattern.endsWith("*") && task.startsWith(pattern.substring(0, pattern.length() - 1))));
        assertThat(Xml.configs(config, "task-type", startTask)).hasSize(1);
    }

    @Test
    void theSurfExtensionModuleIsDeployedAutomaticallyAndItsFilesExist() {
        Document extension = Xml.module(ModuleResources.EXTENSION_MODULE);
        Element module = Xml.all(extension, "module").get(0);

        assertThat(Xml.children(module, "id").get(0).getTextContent().trim()).isEqualTo("gdpr-retention-share");
        assertThat(Xml.children(module, "auto-deploy").get(0).getTextContent().trim()).isEqualTo("true");
        List<String> files = Xml.all(extension, "js").stream().map(e -> e.getAttribute("src")).collect(Collectors.toList());
        Xml.all(extension, "css").forEach(e -> files.add(e.getAttribute("src")));
        assertThat(files).hasSize(3).allSatisfy(src ->
                assertThat(ModuleResources.exists(ModuleResources.WEB_RESOURCES + src)).as(src).isTrue());
    }

    @Test
    void actionAndIndicatorIconsExist() {
        for (String id : actions().keySet()) {
            assertThat(ModuleResources.exists(ModuleResources.WEB_RESOURCES + "components/documentlibrary/actions/" + id + "-16.png"))
                    .as(id).isTrue();
        }
        for (Element indicator : Xml.all(config, "indicator")) {
            assertThat(ModuleResources.exists(ModuleResources.WEB_RESOURCES + "components/documentlibrary/indicators/"
                    + indicator.getAttribute("icon"))).as(indicator.getAttribute("id")).isTrue();
        }
    }

    @Test
    void theDashletIsADashletWithItsOwnUrl() {
        Document descriptor = Xml.module(ModuleResources.DASHLET + ".desc.xml");

        assertThat(Xml.all(descriptor, "family").get(0).getTextContent().trim()).isEqualTo("dashlet");
        assertThat(Xml.all(descriptor, "url").get(0).getTextContent().trim())
                .isEqualTo("/gdpr-retention/components/dashlets/retention-overview");
        assertThat(Xml.all(descriptor, "shortname").get(0).getTextContent()).isNotBlank();
    }

    @Test
    void theAddDashletsListNamesAndDescribesTheDashletInTheUsersLanguage() {
        Document descriptor = Xml.module(ModuleResources.DASHLET + ".desc.xml");
        // customise-dashlets.get.js: the web script id's last segment up to its last '.' gives the global message keys
        // dashlet.<name>.shortName and .description; without them Share shows the descriptor's (English) text.
        String scriptId = ModuleResources.DASHLET.substring(ModuleResources.DASHLET.indexOf("site-webscripts/") + "site-webscripts/".length());
        String scriptName = scriptId.substring(scriptId.lastIndexOf('/') + 1, scriptId.lastIndexOf('.'));
        String englishName = Xml.all(descriptor, "shortname").get(0).getTextContent().trim();
        for (String suffix : List.of(".shortName", ".description")) {
            String key = "dashlet." + scriptName + suffix;
            assertThat(english).as(key).containsKey(key);
            assertThat(dutch).as(key).containsKey(key);
            assertThat(dutch.get(key)).as(key).isNotBlank().isNotEqualTo(english.get(key));
        }
        assertThat(english.get("dashlet." + scriptName + ".shortName")).isEqualTo(englishName);
    }

    private Map<String, Element> actions() {
        Map<String, Element> result = new HashMap<>();
        Xml.all(config, "actions").forEach(list -> Xml.children(list, "action")
                .forEach(a -> result.put(a.getAttribute("id"), a)));
        return result;
    }

    private Map<String, Element> moduleBeans() {
        Map<String, Element> result = new HashMap<>();
        Xml.all(context, "bean").stream().filter(b -> !b.getAttribute("id").isEmpty())
                .forEach(b -> result.put(b.getAttribute("id"), b));
        return result;
    }

    private String effectiveClass(String id, Map<String, Element> beans) {
        Element bean = beans.get(id);
        if (bean == null) {
            return share.classOf(id).orElse("");
        }
        return bean.getAttribute("class").isEmpty() ? effectiveClass(bean.getAttribute("parent"), beans) : bean.getAttribute("class");
    }

    private static Set<String> repositoryActions() {
        Document actions = Xml.file(PLATFORM.resolve("context/action-context.xml"));
        return Xml.all(actions, "bean").stream().filter(b -> "action-executer".equals(b.getAttribute("parent")))
                .map(b -> b.getAttribute("id")).collect(Collectors.toCollection(HashSet::new));
    }

    private static Set<String> registeredActions() {
        String script = ModuleResources.text(ModuleResources.WEB_RESOURCES + "gdpr-retention/components/documentlibrary/gdpr-actions.js");
        Matcher matcher = Pattern.compile("\"registerAction\",\\s*\\{\\s*actionName:\\s*\"([^\"]+)\"").matcher(script);
        Set<String> names = new HashSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
